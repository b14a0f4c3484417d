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
        try Self.check(root: "/", queries: Self.queries, sources: try ContentSource.archive(), screenshots: Repository.searchScreenshots) {
            query, count in count == 0 ? "No pages found for “\(query)”" : "\(count) page\(count == 1 ? "" : "s") found"
        }
    }

    /// Chinese words and one no page holds, on the Chinese edition's own index: its pages only,
    /// their tags by their Chinese names.
    @Test("/zh/search/?q= lists exactly the Chinese pages whose content holds the word, in the same order")
    func chineseResultsMatchContent() throws {
        let sources = try ContentSource.archive(language: "zh", tagNames: try Self.tagNames(language: "zh"))
        try #require(sources.count >= 10, "read only \(sources.count) Chinese pages from Content/")
        try Self.check(root: "/zh/", queries: ["米粉", "直播", "社区", "zyzzyvas"], sources: sources,
                       screenshots: Repository.searchScreenshots.appendingPathComponent("zh")) { query, count in
            count == 0 ? "没有找到与" : "找到 \(count) 个"
        }
    }

    /// The display names `site.yaml` gives tags in `language`, read as plainly as the file is written.
    static func tagNames(language: String) throws -> [String: String] {
        let lines = try String(contentsOf: Repository.root.appendingPathComponent("site.yaml"), encoding: .utf8).split(separator: "\n")
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "- code: \(language)" }),
              let tags = lines[start...].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "tags:" }) else { return [:] }
        var names: [String: String] = [:]
        for line in lines[(tags + 1)...] {
            guard line.hasPrefix("      "), let colon = line.firstIndex(of: ":") else { break }
            names[line[..<colon].trimmingCharacters(in: .whitespaces)] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return names
    }

    static func check(root: String, queries: [String], sources: [ContentSource], screenshots: URL,
                      status: (String, Int) -> String) throws {
        try #require(sources.count >= 10, "read only \(sources.count) pages from Content/")
        let folder = try TemporaryFolder("site-checks-search")
        defer { folder.remove() }
        let server = try StaticServer(serving: try SitegenBinary.buildArchive(in: folder))
        defer { server.stop() }
        try? FileManager.default.removeItem(at: screenshots)

        let paths = queries.map { root + "search/?q=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? $0) }
        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: paths, widths: [1280],
                                          screenshots: screenshots,
                                          waitFor: "#search-results[data-state=done]", evaluate: Self.results)
        #expect(report.pages.count == queries.count)

        for (query, page) in zip(queries, report.pages) {
            #expect(page.problems.isEmpty, "\(page.path): \(page.problems)")
            let json = try #require(page.evaluated, "\(page.path): the page reported nothing")
            let shown = try JSONDecoder().decode(Shown.self, from: Data(json.utf8))
            let expected = ContentSource.ranked(sources, word: query)
            if query != queries.last { try #require(!expected.isEmpty, "no page of Content/ holds '\(query)' any more") }

            // The first ten results; the rest on request ("Show more").
            #expect(shown.items.map { [$0.title, $0.url] } == expected.prefix(10).map { [$0.title, $0.url] }, "results for '\(query)'")
            let marked = shown.items.filter { ContentSource.text($0.title, contains: query) }
            #expect(marked.allSatisfy { $0.titleMarks.map { $0.lowercased() } == [query] }, "highlights for '\(query)': \(marked)")
            #expect(shown.status.hasPrefix(status(query, expected.count)), "\(shown.status)")
            if expected.isEmpty {
                #expect(shown.focused == "")
            } else {
                #expect(shown.focused == expected.first?.url, "ArrowDown in the box goes to the first result")
            }
        }
    }

    /// On a generated site large enough to be in pieces: the whole result set of each query (all
    /// "Show more" clicked), and how many pieces the first ten results took. `typed:` types the
    /// query into the box rather than opening `?q=`, so that its last word is a prefix.
    static let piecedQueries = ["gentle3", "harbor lantern", "静态网站", "typed:velv", "zyzzyvas"]

    static let allResults = """
        (async () => {
          const results = document.getElementById('search-results');
          const done = () => new Promise((resolve) => {
            const check = () => (results.dataset.state === 'done' || results.dataset.state === 'error') ? resolve() : setTimeout(check, 20);
            check();
          });
          const pieces = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/search-index/')).length;
          const typed = new URLSearchParams(location.search).get('typed');
          if (typed) {
            const input = document.getElementById('search-query');
            input.value = typed;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }
          await done();
          const first = { shown: results.children.length, pieces: pieces(), status: document.getElementById('search-status').textContent };
          for (let more = document.querySelector('.search-more'); more; more = document.querySelector('.search-more')) {
            more.click();
            await done();
          }
          const urls = Array.from(results.querySelectorAll('.search-result h2 a')).map((a) => new URL(a.href).pathname);
          return JSON.stringify({ first, urls, state: results.dataset.state });
        })()
        """

    struct AllShown: Decodable {
        struct First: Decodable {
            var shown: Int
            var pieces: Int
            var status: String
        }

        var first: First
        var urls: [String]
        var state: String
    }

    @Test("on a site whose index is in pieces, each query finds exactly the pages whose Markdown holds it, fetching a bounded number of pieces")
    func piecedResultsMatchContent() throws {
        let folder = try TemporaryFolder("site-checks-search-pieces")
        defer { folder.remove() }
        let corpus = folder.url.appendingPathComponent("corpus")
        let generate = try Python.run([Repository.root.appendingPathComponent("Benchmarks/generate_corpus.py").path, "400", corpus.path], timeout: 120)
        try #require(generate.status == 0, "\(generate)")
        let output = folder.url.appendingPathComponent("Public")
        let build = try Command.run(SitegenBinary.url, ["build", "--root", corpus.path, "--output", output.path], in: folder.url, timeout: 300)
        try #require(build.status == 0, "\(build)")
        let pieces = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("search-index").path)
        try #require(pieces.count > 10, "the index is not in pieces: \(pieces)")
        let sources = try ContentSource.archive(root: corpus)
        try #require(sources.count == 400)
        let server = try StaticServer(serving: output)
        defer { server.stop() }

        let paths = Self.piecedQueries.map { query in
            let (name, text) = query.hasPrefix("typed:") ? ("typed", String(query.dropFirst(6))) : ("q", query)
            return "/search/?\(name)=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text)
        }
        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: paths, widths: [1280],
                                          screenshots: folder.url.appendingPathComponent("shots"),
                                          waitFor: "#search-results", evaluate: Self.allResults)
        #expect(report.pages.count == paths.count)
        for (query, page) in zip(Self.piecedQueries, report.pages) {
            #expect(page.problems.isEmpty, "\(page.path): \(page.problems)")
            let json = try #require(page.evaluated, "\(page.path): the page reported nothing")
            let shown = try JSONDecoder().decode(AllShown.self, from: Data(json.utf8))
            let typed = query.hasPrefix("typed:")
            let text = typed ? String(query.dropFirst(6)) : query
            let words = SearchTokenizer.queryTerms(text)
            let expected = try Self.pages(of: sources, in: corpus, holding: text, typed: typed)
            if query != Self.piecedQueries.last { try #require(!expected.isEmpty, "no generated page holds '\(query)'") }
            #expect(shown.state == "done", "\(query): \(shown.first.status)")
            let (found, wanted) = (Set(shown.urls), Set(expected.map(\.url)))
            #expect(found == wanted, "'\(query)': missing \(wanted.subtracting(found).sorted()), not expected \(found.subtracting(wanted).sorted())")
            #expect(shown.urls.count == expected.count, "each result once for '\(query)'")
            #expect(shown.first.shown == min(10, expected.count), "\(query): the first results shown")
            // The manifest, the pieces of the query's terms (of a prefix, at most three), one page
            // piece a result at most.
            let bound = 1 + (typed ? 3 : words.count) + min(10, expected.count)
            #expect(shown.first.pieces <= bound, "\(query): \(shown.first.pieces) pieces fetched for the first results")
        }
    }

    /// The pages of a generated corpus whose Markdown holds `text`: every word of it (a Chinese
    /// text as a whole), or with `typed`, a word that starts with it.
    static func pages(of sources: [ContentSource], in corpus: URL, holding text: String, typed: Bool) throws -> [ContentSource] {
        let words = SearchTokenizer.queryTerms(text)
        return try sources.filter { source in
            // The Markdown itself, link destinations out: `ContentSource.body` also takes out
            // what looks like HTML, which in this corpus's code (`a <- b & 1 < 2`) is text.
            let markdown = try String(contentsOf: corpus.appendingPathComponent(source.path), encoding: .utf8)
                .components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
                .replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            let fields = [source.title, source.summary, markdown] + source.tags
            if typed {
                let pattern = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: text)
                return fields.contains { $0.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil }
            }
            let phrase = words.allSatisfy { !$0.unicodeScalars.allSatisfy(\.isASCII) } ? [text] : text.split(separator: " ").map(String.init)
            return phrase.allSatisfy { word in fields.contains { ContentSource.text($0, contains: word) } }
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
        let content = ContentLoader.load(root: Repository.root, config: site.config).0
        let pages = content.pages
        #expect(pages.count + content.translations.count >= site.pages.count && pages.allSatisfy { !$0.content.plainText.isEmpty })
        let texts = Self.samples + pages.flatMap { [$0.title, $0.summary, $0.content.plainText] + $0.tags }
            + content.translations.flatMap { [$0.frontMatter.title, $0.content.plainText] }
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
