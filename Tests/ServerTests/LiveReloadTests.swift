import Foundation
import Testing
@testable import SiteGen
@testable import SiteGenServer

/// Edits while `serve` runs: each is followed by a reload event and the new content, a broken
/// edit keeps the last good site and shows its errors, and the result equals a clean build.
@Suite("sitegen serve: rebuild and reload", .serialized)
struct LiveReloadTests {
    static let page = "Content/campaigns/city-cup.md"
    /// How long a test waits for an event before it fails. Generous: these tests are about what
    /// the server does, and a loaded machine may take seconds; how fast it does it is measured by
    /// the benchmark, not asserted here.
    static let deadline: TimeInterval = 30

    @Test("an edit is followed by a reload event and the new content")
    func editReloads() async throws {
        let server = try await RunningServer.start()
        let events = try await EventStream.open(port: server.port)

        try server.write(Self.page, "---\ntitle: City Cup, renamed\ndate: 2021-07-29\ntags: city-cup\n---\nNew words.\n")
        try await events.next(containing: "event: reload", within: Self.deadline)
        let page = try await server.get("/campaigns/city-cup/")
        #expect(page.text.contains("<h1>City Cup, renamed</h1>"))
        #expect(try await server.get("/campaigns/").text.contains("City Cup, renamed"), "the section list shows it too")
        await server.stop()
    }

    @Test("a text edit names its page first, then the files that list it; a style sheet names every page")
    func textEditReloadsThePageFirst() async throws {
        let server = try await RunningServer.start()
        let events = try await EventStream.open(port: server.port)
        let text = try String(contentsOf: server.root.appendingPathComponent(Self.page), encoding: .utf8)

        try server.write(Self.page, text.replacingOccurrences(of: "Fans designed mugs.", with: "Fans designed mugs and cups."))
        try await events.next(containing: #""files":["campaigns/city-cup/index.html"]}"#, within: Self.deadline)
        #expect(try await server.get("/campaigns/city-cup/").text.contains("Fans designed mugs and cups."))
        try await events.next(containing: #""files":["feed.xml","search-index/manifest.json","search.json","tags/city-cup/feed.xml"]}"#, within: Self.deadline)
        #expect(server.log.contains { $0.hasPrefix("Updated campaigns/city-cup/index.html in ") }, "\(server.log)")

        // A style sheet is on every page: every page reloads.
        try server.write("Templates/assets/site.css", "body { color: black }\n")
        try await events.next(containing: #""files":null}"#, within: Self.deadline)
        await server.stop()
    }

    @Test("a broken edit keeps the last good site, shows the error, and the next good save clears it")
    func brokenEdit() async throws {
        let server = try await RunningServer.start()
        let events = try await EventStream.open(port: server.port)

        try server.write(Self.page, "---\ntitle: City Cup\ndate: 2026-13-45\n---\nBroken.\n")
        try await events.next(containing: "event: reload", within: Self.deadline)
        let page = try await server.get("/campaigns/city-cup/")
        #expect(page.status == 200)
        #expect(page.text.contains("Fans designed mugs."), "the last good page is still served")
        #expect(page.text.contains("sitegen-errors"))
        #expect(page.text.contains("Content/campaigns/city-cup.md:3:7: error: date &#39;2026-13-45&#39; is not a date")
                || page.text.contains("Content/campaigns/city-cup.md:3:7: error: date '2026-13-45' is not a date"))
        #expect(server.log.contains { $0.contains("Content/campaigns/city-cup.md:3:7: error:") }, "and in the terminal")

        try server.write(Self.page, "---\ntitle: City Cup\ndate: 2021-07-29\n---\nMended.\n")
        try await events.next(containing: "event: reload", within: Self.deadline)
        let mended = try await server.get("/campaigns/city-cup/")
        #expect(mended.text.contains("Mended."))
        #expect(!mended.text.contains("sitegen-errors"))
        await server.stop()
    }

    /// A rebuild is told only what changed since the last one; a build that failed early (here at
    /// site.yaml, before any page is read) must not make the next one trust a page saved meanwhile.
    @Test("a page saved while site.yaml is broken shows once site.yaml is mended")
    func editWhileSettingsBroken() async throws {
        let server = try await RunningServer.start()
        let events = try await EventStream.open(port: server.port)
        let settings = try String(contentsOf: server.root.appendingPathComponent("site.yaml"), encoding: .utf8)

        try server.write("site.yaml", settings + "paginate: [\n")
        try await events.next(containing: "event: reload", within: Self.deadline)
        try server.write(Self.page, "---\ntitle: City Cup, saved meanwhile\ndate: 2021-07-29\n---\nNew words.\n")
        try await events.next(containing: "event: reload", within: Self.deadline)
        try server.write("site.yaml", settings)
        try await events.next(containing: "event: reload", within: Self.deadline)
        let page = try await server.get("/campaigns/city-cup/")
        #expect(!page.text.contains("sitegen-errors"), "\(server.log)")
        #expect(page.text.contains("<h1>City Cup, saved meanwhile</h1>"))
        await server.stop()
    }

    @Test("after adding, retitling, retagging, redating, renaming and deleting pages, the site equals a clean build")
    func editSeriesEqualsCleanBuild() async throws {
        let server = try await RunningServer.start()
        let events = try await EventStream.open(port: server.port)
        func edit(_ change: () throws -> Void) async throws {
            try change()
            do {
                try await events.next(containing: "event: reload", within: Self.deadline)
            } catch {
                Issue.record("no reload after an edit; the server said:\n\(server.log.joined(separator: "\n"))")
                throw error
            }
        }
        let articles = server.root.appendingPathComponent("Content/articles")
        try await edit { try server.write("Content/articles/added.md", "---\ntitle: Added\ndate: 2026-02-01\ntags: [new-tag, kol]\n---\nAdded page.\n") }
        try await edit { try server.write("Content/articles/added.md", "---\ntitle: Added, retitled\ndate: 2026-02-01\ntags: [new-tag, kol]\n---\nAdded page.\n") }
        try await edit { try server.write("Content/articles/added.md", "---\ntitle: Added, retitled\ndate: 2026-02-01\ntags: [米粉]\n---\nAdded page.\n") }
        try await edit { try server.write("Content/articles/added.md", "---\ntitle: Added, retitled\ndate: 2024-05-05\ntags: [米粉]\n---\nAdded page.\n") }
        try await edit {
            try FileManager.default.moveItem(at: articles.appendingPathComponent("added.md"), to: articles.appendingPathComponent("renamed.md"))
        }
        try await edit { try FileManager.default.removeItem(at: articles.appendingPathComponent("statement.md")) }

        let clean = server.sandbox.appendingPathComponent("clean")
        var options = BuildOptions(root: server.root, output: clean)
        options.baseURL = "http://127.0.0.1:\(server.port)/"
        let cleanOptions = options
        try await offPool { _ = try SiteBuilder.build(cleanOptions) }
        let served = try Self.tree(server.output)
        let expected = try Self.tree(clean)
        #expect(served.keys.sorted() == expected.keys.sorted())
        for (path, data) in expected where served[path] != data {
            Issue.record("\(path) differs from a clean build")
        }
        #expect(served["archive/2024/05/index.html"] != nil)
        #expect(served["articles/statement/index.html"] == nil)
        await server.stop()
    }

    static func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }
}
