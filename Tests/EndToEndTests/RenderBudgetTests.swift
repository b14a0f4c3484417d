import Foundation
import Testing

/// A template whose sections multiply its content past what any page needs stops and is reported
/// at its file, rather than rendering for minutes.
@Suite("sitegen build: a render that would never end")
struct RenderBudgetTests {
    @Test("sections over the pages nested twelve deep are an error at the template")
    func nestedListsOfPages() throws {
        var files = MinimalSite.with([:])
        for index in 0..<4 {
            files["Content/articles/p\(index).md"] = "---\ntitle: Page \(index) with a title long enough\ndate: 2026-01-0\(index + 1)\n---\nText.\n"
        }
        files["Templates/home.mustache"] = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"
            + String(repeating: "{{#pages}}", count: 12) + "{{title}} " + String(repeating: "{{/pages}}", count: 12)
            + "</body></html>\n"
        let site = try SiteFixture(files)
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Templates/home.mustache: error: a page rendered with this template grew past 64 MiB") },
                "\(run.stderr)")
        #expect(!site.exists("Public"))
    }
}
