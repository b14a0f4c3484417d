import Foundation
import SiteGen
import Testing

/// The archive's search page in headless Chromium, served over HTTP like any static host.
@Suite("Search in headless Chromium", .serialized)
struct SearchTests {
    /// English words (the title that holds "statement" is older than pages that only mention it,
    /// so its place tests the ranking), a Chinese word, and last a word that no page holds.
    static let queries = ["melody", "statement", "米粉", "zyzzyvas"]

    /// What the page shows once it has searched; then ArrowDown from the box, whose target is
    /// `focused`.
    static let results = """
        (() => {
          const items = Array.from(document.querySelectorAll('#search-results > li')).map((li) => ({
            title: li.querySelector('h2').textContent,
            url: new URL(li.querySelector('h2 a').href).pathname,
            titleMarks: Array.from(li.querySelectorAll('h2 mark')).map((m) => m.textContent),
          }));
          const input = document.getElementById('search-query');
          input.focus();
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
          const focused = document.activeElement.href ? new URL(document.activeElement.href).pathname : '';
          return JSON.stringify({ status: document.getElementById('search-status').textContent, items, focused });
        })()
        """

    struct Shown: Decodable {
        struct Item: Decodable, Equatable {
            var title: String
            var url: String
            var titleMarks: [String]
        }

        var status: String
        var items: [Item]
        var focused: String
    }

    @Test("/search/?q= lists exactly the pages whose content holds the word, title matches first, then newest")
    func resultsMatchContent() throws {
        let sources = try ContentSource.archive()
        try #require(sources.count >= 10, "read only \(sources.count) pages from Content/")
        let folder = try TemporaryFolder("site-checks-search")
        defer { folder.remove() }
        let server = try StaticServer(serving: try SitegenBinary.buildArchive(in: folder))
        defer { server.stop() }
        try? FileManager.default.removeItem(at: Repository.searchScreenshots)

        let paths = Self.queries.map { "/search/?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) }
        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: paths, widths: [1280],
                                          screenshots: Repository.searchScreenshots,
                                          waitFor: "#search-results[data-state=done]", evaluate: Self.results)
        #expect(report.pages.count == Self.queries.count)

        for (query, page) in zip(Self.queries, report.pages) {
            #expect(page.problems.isEmpty, "\(page.path): \(page.problems)")
            let json = try #require(page.evaluated, "\(page.path): the page reported nothing")
            let shown = try JSONDecoder().decode(Shown.self, from: Data(json.utf8))
            let expected = ContentSource.ranked(sources, word: query)
            if query != Self.queries.last { try #require(!expected.isEmpty, "no page of Content/ holds '\(query)' any more") }

            #expect(shown.items.map { [$0.title, $0.url] } == expected.map { [$0.title, $0.url] }, "results for '\(query)'")
            let marked = shown.items.filter { ContentSource.text($0.title, contains: query) }
            #expect(marked.allSatisfy { $0.titleMarks.map { $0.lowercased() } == [query] }, "highlights for '\(query)': \(marked)")
            if expected.isEmpty {
                #expect(shown.status.hasPrefix("No pages found for “\(query)”"), "\(shown.status)")
                #expect(shown.focused == "")
            } else {
                #expect(shown.status.hasPrefix("\(expected.count) page\(expected.count == 1 ? "" : "s") found"), "\(shown.status)")
                #expect(shown.focused == expected.first?.url, "ArrowDown in the box goes to the first result")
            }
        }
    }

    /// Odd inputs on top of the archive's own text: each must split the same way in both.
    static let samples = [
        "A Melody for Mi", "Café CAFÉ cafe\u{301}", "Straße", "Øresund Łódź Đà Nẵng", "ΣΟΦΙΑ σοφίας", "İstanbul",
        "ｍｅｌｏｄｙ ＭＩ ﬁnal", "小米社区", "がっこう", "カタカナ・テスト", "사람이 좋다", "ｶﾀ", "葛\u{E0100}城",
        "Xiaomi小米", "Mi粉丝2021年", "“Just for Fans”—again!", "米粉，小米。", "co\u{AD}operation",
        "fans😀fans", "米👍粉", "❤️ love", "👨‍👩‍👧 family", "1️⃣ one", "Ærøskøbing œuvre", "",
    ]

    @Test("search.js splits every text of the archive into the same terms as sitegen's tokenizer")
    func tokenizerParity() throws {
        let (site, _) = try SiteBuilder.render(BuildOptions(root: Repository.root))
        // Loaded without a PageTextReader, pages keep their plain text.
        let pages = ContentLoader.load(root: Repository.root, config: site.config).0.pages
        #expect(pages.count >= site.pages.count && pages.allSatisfy { !$0.content.plainText.isEmpty })
        let texts = Self.samples + pages.flatMap { [$0.title, $0.summary, $0.content.plainText] + $0.tags }
        let folder = try TemporaryFolder("site-checks-tokenizer")
        defer { folder.remove() }
        let script = Repository.root.appendingPathComponent("Templates/assets/search.js")
        try folder.write([
            "index.html": """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Tokenizer</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,">
                <script src="search.js"></script></head><body><p>Tokenizer parity.</p></body></html>
                """,
            "search.js": try String(contentsOf: script, encoding: .utf8),
            "texts.json": String(decoding: try JSONEncoder().encode(texts), as: UTF8.self),
        ])
        let server = try StaticServer(serving: folder.url)
        defer { server.stop() }

        let report = try BrowserCheck.run(
            baseURL: server.baseURL, paths: ["/"], widths: [1280], screenshots: folder.url.appendingPathComponent("shots"),
            evaluate: """
                fetch('texts.json').then((r) => r.json()).then((texts) => JSON.stringify(texts.map((t) =>
                  [window.sitegenSearch.indexTerms(t), window.sitegenSearch.queryTerms(t)])))
                """)
        let page = try #require(report.pages.first)
        #expect(page.problems.isEmpty, "\(page.problems)")
        let terms = try JSONDecoder().decode([[[String]]].self, from: Data(try #require(page.evaluated).utf8))
        try #require(terms.count == texts.count)
        for (text, pair) in zip(texts, terms) {
            #expect(pair[0] == SearchTokenizer.indexTerms(text), "index terms of \(text.prefix(80))")
            #expect(pair[1] == SearchTokenizer.queryTerms(text), "query terms of \(text.prefix(80))")
        }
    }
}
