import Foundation
import Testing
@testable import SiteGen

/// `search.json`: its compact encodings, and what the fixture site's index finds.
@Suite("Search index")
struct SearchIndexTests {
    @Test("terms are front-coded against the term before", arguments: [
        (["melod", "melody", "mi", "米", "米粉"], "0melod 5y 1i 0米 1粉"),
        (["a", "a", "ab"], "0a 1 1b"),
        (["𠀀a", "𠀀b"], "0𠀀a 2b"),
        ([String(repeating: "x", count: 40), String(repeating: "x", count: 41)], "0" + String(repeating: "x", count: 40) + " z" + "xxxxxx"),
        ([], ""),
    ])
    func frontCoding(terms: [String], coded: String) {
        #expect(SearchIndex.frontCoded(terms) == coded)
    }

    @Test("numbers are base 32, the last digit from the first half of the alphabet", arguments: [
        (0, "0"), (5, "5"), (31, "V"), (32, "X0"), (1023, "_V"), (1024, "XW0"),
    ])
    func numbers(number: Int, digits: String) {
        var bytes: [UInt8] = []
        SearchIndex.appendNumber(number, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == digits)
    }

    @Test("posting lists hold page gaps and weights")
    func postingLists() {
        let lists = SearchIndex.postingLists([
            [.init(page: 0, weight: .title), .init(page: 1, weight: .body), .init(page: 9, weight: .tag)],
            [.init(page: 100, weight: .body)],
        ])
        #expect(lists == "35X2 iH")
        #expect(DecodedSearchIndex.postings("35X2") == [0: 3, 1: 1, 9: 2])
        #expect(DecodedSearchIndex.postings("iH") == [100: 1])
    }

    @Test("the fixture's index lists published pages only, newest first, and finds them by word")
    func fixtureIndex() throws {
        let index = try DecodedSearchIndex.fixture()
        #expect(index.titles.prefix(2) == ["The statement", "米粉的声音"])
        #expect(!index.titles.contains("Unfinished"), "a draft is never searchable")
        #expect(!index.titles.contains("From the future"), "nor a page dated in the future")
        #expect(index.titles.contains("About"), "undated top-level pages are searchable")
        #expect(index.find("小米社区") == ["米粉的声音"])
        #expect(index.find("米粉") == ["米粉的声音", "A Melody for Mi"], "title before tag")
        #expect(index.find("melody") == ["A Melody for Mi"])
        #expect(index.find("KOL") == ["The statement", "米粉的声音", "New Year in Shanghai"], "tags, newest first; ＫＯＬ is kol")
        #expect(index.find("statement cooperation") == ["The statement"])
        #expect(index.find("nothing-matches-this").isEmpty)
        #expect(index.find("home towns") == ["City Cup"], "a summary from front matter is searched as well as the text")
        #expect(index.urls.allSatisfy { $0.hasPrefix("/") && $0.hasSuffix("/") })
    }

    @Test("a term is weighted by its best place: title over tag over text")
    func weights() throws {
        let index = try DecodedSearchIndex.fixture()
        let melody = try #require(index.terms["melody"])
        let page = try #require(index.titles.firstIndex(of: "A Melody for Mi"))
        #expect(DecodedSearchIndex.postings(melody)[page] == 3)
        let kol = DecodedSearchIndex.postings(try #require(index.terms["kol"]))
        #expect(kol.values.allSatisfy { $0 == 2 })
    }

    @Test("title matches rank above text matches, then newer above older")
    func ranking() throws {
        let index = try DecodedSearchIndex(Self.index(Self.site([
            ("Newest", "2026-03-01", "A melody and a song."),
            ("Melody notes", "2026-01-01", "Notes."),
            ("Newer", "2026-02-01", "Another melody."),
            ("Song of the melody", "2025-01-01", "The song."),
        ])).json())
        #expect(index.titles == ["Newest", "Newer", "Melody notes", "Song of the melody"])
        #expect(index.find("melody") == ["Melody notes", "Song of the melody", "Newest", "Newer"])
        #expect(index.find("song melody") == ["Song of the melody", "Newest"])
    }

    static func site(_ pages: [(title: String, date: String, body: String)]) -> Site {
        let config = SiteConfig(title: "T")
        let built = pages.map { page in
            var frontMatter = FrontMatter(title: page.title)
            frontMatter.date = ISO8601DateFormatter().date(from: page.date + "T00:00:00Z")
            return Page(sourcePath: "Content/posts/\(page.title).md", section: "posts", slug: Slug.make(page.title),
                        frontMatter: frontMatter, content: Markdown.render(page.body))
        }
        return Site(config: config, pages: built, indexes: [:], includeDrafts: false)
    }

    /// The index of `site`'s pages, with their URLs and dates as its pages show them.
    static func index(_ site: Site, memo: SearchMemo = SearchMemo()) -> SearchIndex {
        let context = ContextBuilder(config: site.config)
        return SearchIndex(pages: site.pages, memo: memo, url: { context.url($0) }, date: { context.dates.short($0) })
    }

    @Test("a theme without a search template gets search.json but no /search/ page, nor its sitemap entry")
    func optionalSearchPage() throws {
        var files = Dictionary(uniqueKeysWithValues: TemplateLibraryTests.minimal.map { ("Templates/\($0.key).mustache", $0.value) })
        files["site.yaml"] = "title: T\nbase_url: https://t.example/\n"
        files["Content/posts/a.md"] = "---\ntitle: A melody\ndate: 2026-01-01\n---\nText.\n"
        let site = try TemporarySite(files: files)
        defer { site.remove() }
        let (_, built) = try SiteBuilder.render(BuildOptions(root: site.root))
        let paths = Set(built.map(\.path))
        #expect(paths.contains("search.json"))
        #expect(!paths.contains("search/index.html"))
        let sitemap = try #require(built.first { $0.path == "sitemap.xml" })
        guard case .bytes(let data) = sitemap.content, case .bytes(let index) = try #require(built.first { $0.path == "search.json" }).content else { return }
        #expect(!String(decoding: data, as: UTF8.self).contains("/search/"))
        #expect(try DecodedSearchIndex(index).find("melody") == ["A melody"])
    }

    /// The index is written by hand for speed; it must stay what `JSONEncoder` would write.
    @Test("the hand-written JSON is JSONEncoder's, escapes included")
    func jsonMatchesEncoder() throws {
        struct Document: Encodable {
            var version: Int
            var pages: [SearchIndex.Entry]
            var terms: String
            var postings: String
        }
        let index = Self.index(Self.site([
            ("Quote \" back\\slash / tab\t", "2026-03-01", "Line\u{1}one\u{1F}\u{7F} é 米 😀 </script>"),
            ("Plain", "2026-01-01", "Text."),
        ]))
        var undated = index
        undated.pages[1].date = nil
        undated.pages[1].summary = "\u{8}\u{C}\r\n"
        // Larger than the buffer the index is written through, in its pages and in its postings.
        var generator = SeededGenerator(state: 7)
        let large = Self.index(Self.site((0..<400).map { page in
            ("Page \(page)", "2025-01-01", (0..<200).map { _ in "w\(generator.next() % 3000)" }.joined(separator: " "))
        }))
        #expect(large.json().count > 3 << 16)
        for index in [index, undated, large] {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            var expected = try encoder.encode(Document(version: SearchIndex.version, pages: index.pages,
                                                       terms: SearchIndex.frontCoded(index.terms.map(\.term)),
                                                       postings: SearchIndex.postingLists(index.terms.map(\.postings))))
            expected.append(UInt8(ascii: "\n"))
            #expect(String(decoding: index.json(), as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        }
    }

    @Test("terms read as the pages are parsed index as the pages' own text does; a memo that does not remember forgets them after the index",
          arguments: [true, false])
    func termsReadWhenParsed(remembers: Bool) throws {
        let pages = [("A melody", "2026-03-01", "Sing *the* melody, 米粉 and all."), ("Plain", "2026-01-01", "Text.")]
        let plain = Self.site(pages)
        let memo = SearchMemo(remembers: remembers)
        let read = memo.reader()
        let parsed = try pages.map { title, date, body in
            let file = SourceFile(path: "Content/posts/\(title).md", text: "---\ntitle: \(title)\ndate: \(date)\n---\n\(body)\n")
            guard case .success(.page(let page)) = ContentLoader.parse(file, config: plain.config, readText: read) else {
                throw CocoaError(.fileReadCorruptFile)
            }
            return page
        }
        #expect(parsed.allSatisfy { $0.content.plainText.isEmpty }, "the page gave its text away")
        #expect(parsed.allSatisfy { memo.terms(of: $0) != nil })
        let parsedSite = Site(config: plain.config, pages: parsed, indexes: [:], includeDrafts: false)
        let expected = Self.index(plain).json()
        #expect(Self.index(parsedSite, memo: memo).json() == expected)
        #expect(parsed.allSatisfy { (memo.terms(of: $0) != nil) == remembers && (memo.entry(of: $0) != nil) == remembers })
        if remembers { #expect(Self.index(parsedSite, memo: memo).json() == expected, "again, from what the memo kept") }
    }

    @Test("a page parsed while dated in the future is found once its date has come, in a build that did not parse it again")
    func futurePageIndexedLater() throws {
        let root = try IncrementalBuildTests.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = BuildStore()
        var options = BuildOptions(root: root, output: root.appendingPathComponent("Public"), now: IncrementalBuildTests.now)
        try SiteBuilder.build(options, store: store)
        options.now = try #require(ISO8601DateFormatter().date(from: "2999-06-01T00:00:00Z"))
        try SiteBuilder.build(options, store: store)
        let index = try DecodedSearchIndex(Data(contentsOf: options.outputFolder.appendingPathComponent("search.json")))
        #expect(index.find("unless") == ["From the future"])
        try UnchangedSiteTests.expectClean(root, options, "the index after the page's date")
    }

    @Test("the same site gives the same bytes")
    func deterministic() throws {
        #expect(try DecodedSearchIndex.fixtureData() == DecodedSearchIndex.fixtureData())
    }
}

/// The index read back the way `search.js` reads it.
struct DecodedSearchIndex {
    struct Page: Decodable {
        var title: String
        var url: String
        var date: String?
        var tags: [String]
        var summary: String
    }

    private struct Document: Decodable {
        var version: Int
        var pages: [Page]
        var terms: String
        var postings: String
    }

    var pages: [Page]
    var terms: [String: String] = [:]
    var titles: [String] { pages.map(\.title) }
    var urls: [String] { pages.map(\.url) }

    init(_ data: Data) throws {
        let document = try JSONDecoder().decode(Document.self, from: data)
        #expect(document.version == 1)
        pages = document.pages
        guard !document.terms.isEmpty else { return }
        var previous: [UInt16] = []
        for (entry, list) in zip(document.terms.split(separator: " "), document.postings.split(separator: " ", omittingEmptySubsequences: false)) {
            let shared = Int(String(entry.prefix(1)), radix: 36) ?? 0
            let term = Array(previous.prefix(shared)) + Array(entry.dropFirst().utf16)
            terms[String(decoding: term, as: UTF16.self)] = String(list)
            previous = term
        }
    }

    /// Page index → weight.
    static func postings(_ list: String) -> [Int: Int] {
        let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_")
        var out: [Int: Int] = [:]
        var page = 0
        var number = 0
        for character in list {
            let digit = digits.firstIndex(of: character) ?? 0
            number = number * 32 + digit % 32
            if digit >= 32 { continue }
            page += number >> 2
            out[page] = number & 3
            number = 0
        }
        return out
    }

    /// Titles of the pages holding every query term, best first, as the search page ranks them.
    func find(_ query: String) -> [String] {
        var scores: [Int: Int]?
        for term in SearchTokenizer.queryTerms(query) {
            let hits = terms[term].map(Self.postings) ?? [:]
            guard let previous = scores else {
                scores = hits
                continue
            }
            scores = previous.reduce(into: [:]) { next, entry in
                if let weight = hits[entry.key] { next[entry.key] = entry.value + weight }
            }
        }
        return (scores ?? [:]).sorted { ($0.value, -$0.key) > ($1.value, -$1.key) }.map { pages[$0.key].title }
    }

    static func fixtureData() throws -> Data {
        let root = GoldenSiteTests.fixtures.appendingPathComponent("basic")
        let now = try #require(ISO8601DateFormatter().date(from: "2026-11-21T00:00:00Z"))
        let (_, files) = try SiteBuilder.render(BuildOptions(root: root, now: now))
        let file = try #require(files.first { $0.path == "search.json" })
        guard case .bytes(let data) = file.content else { throw CocoaError(.fileReadCorruptFile) }
        return data
    }

    static func fixture() throws -> DecodedSearchIndex {
        try DecodedSearchIndex(try fixtureData())
    }
}
