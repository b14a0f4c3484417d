import Foundation
import Testing

/// The archive in a real browser: headless Chromium at a phone's and a desktop's width.
@Suite("The archive in headless Chromium", .serialized)
struct BrowserTests {
    /// One page of each kind: home, a campaign, a tag, a month of the archive, search; the
    /// Chinese edition's home, a campaign and an article.
    static let paths = ["/", "/campaigns/a-melody-for-mi/", "/tags/co-creation/", "/archive/2026/01/", "/search/",
                        "/zh/", "/zh/campaigns/city-cup/", "/zh/articles/weibo-backlash/"]
    /// Of those, the pages whose heading is Chinese.
    static let chineseHeadings: Set<String> = ["/zh/", "/zh/articles/weibo-backlash/"]

    @Test("pages load with no script error, no failed request and nothing wider than the screen")
    func archivePagesAreClean() throws {
        let folder = try TemporaryFolder("site-checks-browser")
        defer { folder.remove() }
        let site = try SitegenBinary.buildArchive(in: folder)
        let server = try StaticServer(serving: site)
        defer { server.stop() }
        // Fresh each run, so that no screenshot of a page no longer checked is left to mislead.
        try? FileManager.default.removeItem(at: Repository.screenshots)

        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: Self.paths, screenshots: Repository.screenshots)

        print("\(report.chromium): \(report.pages.count) page loads, screenshots in \(Repository.screenshots.path)")
        #expect(report.pages.count == Self.paths.count * 2)
        for page in report.pages {
            #expect(page.screenshot.map { FileManager.default.fileExists(atPath: $0) } == true,
                    "no screenshot of \(page.path) at \(page.width) px")
            // A Chinese heading drawn by a font with Chinese glyphs (the theme names WenQuanYi
            // Micro Hei, which the test machine installs), not in boxes.
            if Self.chineseHeadings.contains(page.path) {
                let fonts = page.headingFonts ?? []
                #expect(fonts.contains { $0.family.contains("WenQuanYi") && $0.glyphs > 0 },
                        "\(page.path) at \(page.width) px: the heading's fonts are \(fonts)")
            }
            if !page.problems.isEmpty {
                Issue.record("""
                    \(page.path) at \(page.width) px\(page.mobile ? " (phone)" : ""):
                    \(page.problems.map { "- " + $0 }.joined(separator: "\n"))
                    """)
            }
        }
    }

    /// Without this, a check that looked at nothing would pass every site.
    @Test("the check reports a script error, a missing image and an element wider than the screen")
    func brokenPageFails() throws {
        let folder = try TemporaryFolder("site-checks-browser-broken")
        defer { folder.remove() }
        try folder.write([
            "site/index.html": """
                <!doctype html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Broken on purpose</title>
                <link rel="icon" href="data:,">
                </head>
                <body>
                <p>Three problems.</p>
                <img src="missing.png" alt="not there">
                <div class="too-wide" style="width: 2000px; height: 10px"></div>
                <script>console.error("logged on purpose"); notAFunctionOnPurpose();</script>
                </body>
                </html>
                """,
        ])
        let server = try StaticServer(serving: folder.url.appendingPathComponent("site"))
        defer { server.stop() }

        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: ["/"], widths: [390],
                                          screenshots: folder.url.appendingPathComponent("screenshots"))

        let page = try #require(report.pages.first)
        #expect(page.jsExceptions.contains { $0.message.contains("notAFunctionOnPurpose") }, "\(page.problems)")
        #expect(page.consoleErrors.contains { $0.contains("logged on purpose") }, "\(page.problems)")
        #expect(page.httpErrors.contains { $0.status == 404 && $0.url.hasSuffix("/missing.png") }, "\(page.problems)")
        #expect(page.layout?.overflows == true, "\(page.problems)")
        #expect(page.layout?.offenders.first?.element.hasSuffix("div.too-wide") == true, "\(page.problems)")
        #expect(page.problems.count == 4, "\(page.problems)")
        #expect(report.problemCount == 4)
    }
}
