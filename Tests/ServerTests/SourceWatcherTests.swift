import Foundation
import Testing
@testable import SiteGenServer

/// What `serve`'s watcher reports. Every wait for a report is generous (10 s): these tests are
/// about what is reported, not how fast.
@Suite("Source watcher")
struct SourceWatcherTests {
    /// `serve` makes the watcher before its first build: a save made while that build runs,
    /// before the watching starts, must still cause a rebuild.
    @Test("a change made after the watcher is made but before watching starts is seen")
    func changeBeforeWatchingIsSeen() async throws {
        let site = try WatchedSite()
        let watcher = site.watcher()
        try site.write("Content/a.md", "two, longer\n")
        site.start(watcher)
        let seen = try await site.waitFor(["Content/a.md"])
        #expect(seen, "the change was taken for the starting state")
        await site.stop()
    }

    @Test("an edit, an addition and a deletion report their paths")
    func sameForBoth() async throws {
        let site = try WatchedSite(["Content/a.md": "a\n", "Content/c.md": "c\n", "site.yaml": "title: T\n"])
        var watcher = site.watcher()
        watcher.quietPeriod = .milliseconds(300)
        site.start(watcher)
        try site.write("Content/a.md", "a, edited\n")
        try site.write("Content/b.md", "b\n")
        try site.remove("Content/c.md")
        #expect(try await site.waitFor(["Content/a.md", "Content/b.md", "Content/c.md"]), "reported: \(site.paths)")
        #expect(site.paths == ["Content/a.md", "Content/b.md", "Content/c.md"])
        await site.stop()
    }

    @Test("cancelling the watching task stops it")
    func cancellation() async throws {
        let site = try WatchedSite()
        site.start(site.watcher())
        try site.write("Content/a.md", "edited\n")
        #expect(try await site.waitFor(["Content/a.md"]))
        #expect(await site.stop())
    }
}
