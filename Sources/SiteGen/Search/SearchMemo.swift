import Foundation

/// What search made of each page, kept by the digest of the page's source: its terms, numbered by `vocabulary`
/// as the loader parses the page (the memo reads pages' text in their place, see
/// `PageTextReader`), and its entry in the last index, so that `serve` tokenizes again, and makes
/// entries again, only for the pages it parses again. The entries show URLs and dates as the
/// settings make them: a memo serves one set of settings, as do the sources it read.
///
/// One that does not `remember` (a build that ends its process) forgets all of it once the index
/// is made, so that the pages, rendered after it, can use the memory.
final class SearchMemo: PageTextReader, @unchecked Sendable {
    let vocabulary = SearchVocabulary()
    let remembers: Bool
    private let lock = NSLock()
    private var terms: [ContentDigest: [UInt32]] = [:]
    private var entries: [ContentDigest: SearchIndex.Entry] = [:]
    /// The last index of each site (by its root: a language's), whole and in pieces, and the
    /// digests of the pages it was made of, in their order.
    private var last: [String: (pages: [ContentDigest], index: SearchIndex, pieces: SearchPieces)] = [:]
    /// Indexes made with this memo: a build whose pages are those of the last makes none.
    private(set) var indexesMade = 0

    init(remembers: Bool = true) {
        self.remembers = remembers
    }

    func reader() -> (_ page: Page, _ text: String) -> Void {
        let numbering = SearchVocabulary.Numbering(vocabulary)
        return { page, text in
            let terms = numbering.terms(of: page, text: text)
            self.lock.withLock { self.terms[page.sourceDigest] = terms }
        }
    }

    func loaded(_ pages: [Page]) {
        // A build that ends its process loads once: nothing of another load to forget.
        guard remembers else { return }
        lock.withLock {
            // Every page loaded has its terms here, read when it was parsed: with no more terms
            // than pages, none is another page's.
            guard terms.count > pages.count else { return }
            let digests = Set(pages.map(\.sourceDigest))
            for digest in terms.keys.filter({ !digests.contains($0) }) { terms[digest] = nil }
        }
    }

    /// The terms of `page` as read when it was parsed; nil for a page parsed without this memo,
    /// which holds its text still.
    func terms(of page: Page) -> [UInt32]? {
        lock.withLock { terms[page.sourceDigest] }
    }

    /// The page's entry in the last index made with this memo.
    func entry(of page: Page) -> SearchIndex.Entry? {
        lock.withLock { entries[page.sourceDigest] }
    }

    /// The index of `pages`, the pages of the site at `root`, whole and in pieces: the last one
    /// of that site when it was made of the same pages in the same order (a page's digest covers
    /// its path and bytes, and a memo serves one set of settings), else `make`'s.
    func index(of pages: [Page], root: String, make: () -> SearchIndex) -> (index: SearchIndex, pieces: SearchPieces) {
        let digests = pages.map(\.digest)
        if let last = lock.withLock({ last[root] }), last.pages == digests { return (last.index, last.pieces) }
        let index = make()
        let pieces = SearchPieces(index)
        lock.withLock { last[root] = remembers ? (digests, index, pieces) : nil }
        return (index, pieces)
    }

    /// After an index of `pages` with `entries`: those entries are kept for the next index, or,
    /// unless the memo remembers, everything is forgotten.
    func indexed(_ pages: [Page], entries: [SearchIndex.Entry]) {
        lock.withLock {
            indexesMade += 1
            if remembers {
                self.entries = Dictionary(zip(pages.map(\.sourceDigest), entries)) { first, _ in first }
            } else {
                (terms, self.entries) = ([:], [:])
            }
        }
    }
}
