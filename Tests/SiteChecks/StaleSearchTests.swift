import Foundation
import Testing

/// The search page open while its site is built again into the same folder: the pieces its
/// manifest names are gone, and what it shows must be the new build's, never a mix.
@Suite("Search across a rebuild in headless Chromium", .serialized)
struct StaleSearchTests {
    struct Report: Decodable {
        struct Shown: Decodable {
            var state: String
            var status: String
            var urls: [String]
            var more: Bool
        }

        struct Request: Decodable {
            var path: String
            var status: Int?
        }

        var before: Shown
        var more: Shown
        var again: Shown
        var then: Shown
        var requests: [String: [Request]]
    }

    /// Searched before the rebuild (more than ten results, so "Show more" is there to click), and after.
    static let (query, then) = ("静态网站", "封面")

    static func pieces(of output: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("search-index").path))
    }

    @Test("rebuilt while open: Show more, the same query again and a new one list exactly the new build's pages, from its pieces alone")
    func rebuildWhileOpen() throws {
        let folder = try TemporaryFolder("site-checks-search-stale")
        defer { folder.remove() }
        let corpus = folder.url.appendingPathComponent("corpus")
        let generate = try Python.run([Repository.root.appendingPathComponent("Benchmarks/generate_corpus.py").path, "400", corpus.path], timeout: 120)
        try #require(generate.status == 0, "\(generate)")
        let output = folder.url.appendingPathComponent("Public")
        let build = ["build", "--root", corpus.path, "--output", output.path]
        let first = try Command.run(SitegenBinary.url, build, in: folder.url, timeout: 300)
        try #require(first.status == 0, "\(first)")
        let old = try Self.pieces(of: output)
        let before = try ContentSource.archive(root: corpus)
        let previous = Set(try SearchTests.pages(of: before, in: corpus, holding: Self.query, typed: false).map(\.url))

        // The oldest page gone renumbers every other, so that every page piece changes; a new
        // page holds both queries.
        let oldest = try #require(before.min { ($0.date ?? "", $0.path) < ($1.date ?? "", $1.path) })
        try FileManager.default.removeItem(at: corpus.appendingPathComponent(oldest.path))
        try folder.write(["corpus/Content/posts/stale-check.md": """
            ---
            title: "静态网站的封面"
            date: 2026-06-01
            tags: [atlas]
            ---

            A page that only the second build has.
            """])
        let after = try ContentSource.archive(root: corpus)
        let expected = try [Self.query, Self.then].map { text in
            Set(try SearchTests.pages(of: after, in: corpus, holding: text, typed: false).map(\.url))
        }
        try #require(expected[0].count > 10 && expected[0] != previous, "the rebuild must change what '\(Self.query)' finds")

        let server = try StaticServer(serving: output)
        defer { server.stop() }
        let run = try Python.runScript("stale_search_check.py", ["--base-url", server.baseURL, "--query", Self.query,
                                                                 "--then", Self.then, "--", SitegenBinary.url.path] + build,
                                       timeout: 240)
        guard run.status == 0, let report = try? JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8)) else {
            throw SiteCheckError("the check could not run: \(run)")
        }
        let new = try Self.pieces(of: output)
        try #require(!new.isSubset(of: old), "the rebuild wrote no new piece")

        #expect(report.before.urls.count == 10 && report.before.more, "before the rebuild: \(report.before)")
        // The whole list after "Show more" and after a new query; the first ten of the same query
        // again, whose pieces the page holds from before: the new page, which has the words in
        // its title, first.
        let steps = [("Show more", report.more, expected[0]), ("the same query again", report.again, expected[0]),
                     ("a new query", report.then, expected[1])]
        for (step, shown, wanted) in steps {
            #expect(shown.state == "done" && shown.status.hasPrefix("\(wanted.count) pages found"), "\(step): \(shown.status)")
            let all = step != "the same query again"
            #expect(all ? Set(shown.urls) == wanted : Set(shown.urls).isSubset(of: wanted) && shown.urls.count == 10,
                    "\(step): missing \(wanted.subtracting(shown.urls).sorted()), not expected \(Set(shown.urls).subtracting(wanted).sorted())")
            #expect(shown.urls.count == Set(shown.urls).count, "\(step): each result once")
        }
        #expect(report.again.urls.first == "/posts/stale-check/", "\(report.again.urls)")
        // Every piece a tab received after the rebuild is the new build's (an old one from the
        // browser's cache would be too); the old build's were asked for only to find them gone.
        #expect(report.requests.keys.sorted() == ["again", "more"])
        for (tab, requests) in report.requests {
            let pieces = requests.map { ($0.path.split(separator: "/").last.map(String.init) ?? "", $0.status) }
            #expect(pieces.contains { $0.0 == "manifest.json" }, "\(tab): the manifest was not read again: \(pieces)")
            for (name, status) in pieces where name != "manifest.json" {
                #expect(status == 200 ? new.contains(name) : status == 404 && old.contains(name) && !new.contains(name),
                        "\(tab): \(name) came with HTTP \(status.map(String.init) ?? "nothing")")
            }
        }
    }
}
