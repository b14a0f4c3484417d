import Foundation
import Testing
@testable import SiteGen

@Suite("Encoding progress")
struct EncodingProgressTests {
    @Test("files made of the total, and the time left at the pace so far")
    func line() {
        #expect(EncodingProgress(done: 0, total: 480, seconds: 0).line == "Encoding images: 0 of 480")
        #expect(EncodingProgress(done: 96, total: 480, seconds: 10).line == "Encoding images: 96 of 480, about 40 s left")
        #expect(EncodingProgress(done: 10, total: 480, seconds: 10).line == "Encoding images: 10 of 480, about 7 min 50 s left")
        #expect(EncodingProgress(done: 480, total: 480, seconds: 50).line == "Encoding images: 480 of 480")
    }

    final class Reports: @unchecked Sendable {
        let lock = NSLock()
        var all: [EncodingProgress] = []
    }

    @Test("a build tells its progress after each slice of images' files, the last with every file done")
    func reported() throws {
        let site = try TemporarySite(files: [
            "site.yaml": "title: T\nbase_url: https://x.example/\n",
            "Content/works/dot/index.md": "---\ntitle: Dot\ndate: 2026-01-10\n---\n![a dot](dot.png)\n",
        ])
        defer { site.remove() }
        try FileManager.default.copyItem(at: DefaultThemeTests.templates, to: site.root.appendingPathComponent("Templates"))
        try ImageRebuildTests.pixel.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        var options = BuildOptions(root: site.root, output: site.root.appendingPathComponent("Public"))
        let reports = Reports()
        options.progress = { progress in reports.lock.withLock { reports.all.append(progress) } }
        try SiteBuilder.build(options, store: BuildStore())
        // The PNG's three files, the page's card, and the lists': home, the section, tags, the
        // archive, its year and month, search.
        #expect(reports.all.map(\.done) == [11] && reports.all.map(\.total) == [11])
    }
}
