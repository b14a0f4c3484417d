import Foundation

/// What `/search.json` holds: every published page (title, URL, date, tags, summary), newest
/// first as in every list, and for each term the pages it occurs in and where it occurs best.
struct SearchIndex: Sendable {
    /// Where a term occurs in a page; a page is ranked by its best place for each query term.
    enum Weight: UInt8, Comparable, Sendable {
        case body = 1
        case tag = 2
        case title = 3

        static func < (a: Weight, b: Weight) -> Bool { a.rawValue < b.rawValue }

        mutating func raise(to other: Weight) {
            if other > self { self = other }
        }
    }

    /// A page as the search page shows it.
    struct Entry: Encodable, Equatable, Sendable {
        var title: String
        var url: String
        /// `2021-07-29`, the local date in the site's time zone; absent for an undated page.
        var date: String?
        var tags: [String]
        var summary: String
    }

    /// One page a term occurs in: its position in `pages`, and the term's best place in it.
    /// Packed in 4 bytes: a large site has millions.
    struct Posting: Equatable, Sendable {
        private let packed: UInt32

        init(page: Int, weight: Weight) {
            packed = UInt32(page) << 2 | UInt32(weight.rawValue)
        }

        var page: Int { Int(packed >> 2) }
        var weight: Weight { Weight(rawValue: UInt8(packed & 3)) ?? .body }
    }

    /// Summaries longer than this are cut for the index: the results list shows a few lines.
    static let summaryLimit = 200

    var pages: [Entry]
    /// Terms in UTF-16 order (JavaScript's string order), each with its postings by page.
    var terms: [(term: String, postings: [Posting])]

    /// Indexes `pages`, the site's published pages in list order: drafts and pages dated in the
    /// future are not among them, so they are never searchable before they are readable. A page's
    /// terms are those `memo` read when it was parsed, or else made here from its own text; its
    /// entry is the one of the memo's last index, or else made here, with `url` and `date`, which
    /// write a page's URL and date as the site shows them. The memo is left with this index's.
    /// `tagNames`: a language's names of tags, by slug, which its pages show and are found by.
    init(pages: [Page], memo: SearchMemo = SearchMemo(), url: @Sendable (OutputPath) -> String,
         date: @Sendable (Date) -> String, tagNames: [String: String] = [:]) {
        let byPage = pages.concurrentMap(start: { SearchVocabulary.Numbering(memo.vocabulary) }) { numbering, page in
            (entry: memo.entry(of: page) ?? Self.entry(page, url: url, date: date, tagNames: tagNames),
             terms: memo.terms(of: page) ?? numbering.terms(of: page, text: page.content.plainText, tagNames: tagNames))
        }
        self.pages = byPage.map(\.entry)
        let numbered = memo.vocabulary.numbered
        // Counted first, so that each list is allocated once at its size: a large site has millions.
        var counts = [Int](repeating: 0, count: numbered.count)
        for page in byPage {
            for packed in page.terms { counts[Int(packed >> 2)] += 1 }
        }
        var postings = counts.map { count in
            var list: [Posting] = []
            list.reserveCapacity(count)
            return list
        }
        for (index, page) in byPage.enumerated() {
            for packed in page.terms {
                postings[Int(packed >> 2)].append(Posting(page: index, weight: Weight(rawValue: UInt8(packed & 3)) ?? .body))
            }
        }
        terms = zip(numbered, postings).filter { !$0.1.isEmpty }.map { ($0.0, $0.1) }
            .sorted { $0.term.utf16.lexicographicallyPrecedes($1.term.utf16) }
        memo.indexed(pages, entries: self.pages)
    }

    static func entry(_ page: Page, url: (OutputPath) -> String, date: (Date) -> String, tagNames: [String: String] = [:]) -> Entry {
        Entry(title: page.title, url: url(page.outputPath), date: page.date.map(date), tags: shownTags(page, tagNames),
              summary: shorten(page.summary))
    }

    /// Every term of a page whose plain text is `text`, as its UTF-8 bytes, each time it occurs,
    /// with the place it occurs in. Of the summary, only front matter's: the default summary is
    /// the text's first paragraph, whose terms the text gives already, with the same weight.
    static func forEachTerm(of page: Page, text: String, tagNames: [String: String] = [:],
                            _ body: (UnsafeBufferPointer<UInt8>, Weight) -> Void) {
        let summary = page.frontMatter.summary ?? ""
        for (text, weight) in [(text, Weight.body), (summary, .body), (page.title, .title)] + shownTags(page, tagNames).map({ ($0, Weight.tag) }) {
            SearchTokenizer.forEachIndexTermUTF8(text) { body($0, weight) }
        }
    }

    /// The page's tags by the names its language gives them.
    static func shownTags(_ page: Page, _ tagNames: [String: String]) -> [String] {
        tagNames.isEmpty ? page.tags : page.tags.map { tagNames[Slug.make($0)] ?? $0 }
    }

    static func shorten(_ text: String) -> String {
        text.shortened(to: summaryLimit)
    }
}
