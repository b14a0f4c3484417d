import Foundation
import Testing

/// `sitegen serve`'s reload script in a real browser: a save reloads the open pages whose files
/// it changed, and only those.
@Suite("sitegen serve in headless Chromium", .serialized)
struct LiveReloadBrowserTests {
    struct Report: Decodable {
        struct Page: Decodable {
            var reloaded: Bool
            var loads: Int
            var showsNewText: Bool
        }
        var chromium: String
        var pages: [String: Page]
    }

    /// Opens `paths`, saves `file` with `old` replaced by `new`, and reports what each page did.
    static func save(_ file: URL, _ old: String, _ new: String, open paths: [String], on server: PreviewProcess) throws -> Report {
        let run = try Python.runScript("reload_check.py", ["--base-url", server.baseURL, "--edit", file.path,
                                                           "--old", old, "--new", new] + paths, timeout: 120)
        guard run.status == 0, let report = try? JSONDecoder().decode(Report.self, from: Data(run.stdout.utf8)) else {
            throw SiteCheckError("the reload check could not run: \(run)")
        }
        return report
    }

    /// The archive's sources, copied: the test saves them.
    static func site(in folder: TemporaryFolder) throws -> URL {
        let site = folder.url.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for name in ["Content", "Templates", "site.yaml"] {
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent(name), to: site.appendingPathComponent(name))
        }
        return site
    }

    @Test("a page's text saved: that page reloads and shows it, another open page does not reload; a style sheet saved: both reload")
    func savesReloadTheirPages() throws {
        let folder = try TemporaryFolder("site-checks-reload")
        defer { folder.remove() }
        let site = try Self.site(in: folder)
        let server = try PreviewProcess(root: site)
        defer { server.stop() }
        let page = "/campaigns/city-cup/", other = "/about/"

        let text = try Self.save(site.appendingPathComponent("Content/campaigns/city-cup.md"),
                                 "a city mug celebrating their love for their own home town.", "a city mug for their own home town.",
                                 open: [page, other], on: server)
        #expect(text.pages[page]?.reloaded == true)
        #expect(text.pages[page]?.showsNewText == true)
        #expect(text.pages[other]?.reloaded == false)

        let style = try Self.save(site.appendingPathComponent("Templates/assets/style.css"), "}", "}\n/* saved */",
                                  open: [page, other], on: server)
        #expect(style.pages[page]?.reloaded == true)
        #expect(style.pages[other]?.reloaded == true)
    }
}
