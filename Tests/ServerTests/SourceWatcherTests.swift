import Foundation
import Testing
@testable import SiteGenServer

/// What `serve`'s watcher reports, through inotify and through the polling fallback. Every wait
/// for a report is generous (`WatchedSite.deadline`): these tests are about what is reported, not
/// how fast.
@Suite("Source watcher")
struct SourceWatcherTests {
    /// `serve` makes the watcher before its first build: a save made while that build runs,
    /// before the watching starts, must still cause a rebuild.
    @Test("a change made after the watcher is made but before watching starts is seen", arguments: [false, true])
    func changeBeforeWatchingIsSeen(polling: Bool) async throws {
        let site = try WatchedSite()
        let watcher = site.watcher(polling: polling)
        try site.write("Content/a.md", "two, longer\n")
        site.start(watcher)
        let seen = try await site.waitFor(["Content/a.md"])
        #expect(seen, "the change was taken for the starting state")
        await site.stop()
    }

    @Test("inotify is used on Linux")
    func eventDriven() throws {
        #if os(Linux)
        #expect(try WatchedSite().watcher().isEventDriven)
        #endif
    }

    @Test("a page edit reports exactly that page")
    func pageEdit() async throws {
        let site = try WatchedSite()
        site.start(site.watcher())
        try site.write("Content/posts/p.md", "post, edited\n")
        try await site.waitFor(["Content/posts/p.md"])
        #expect(site.bursts.first == ["Content/posts/p.md"])
        await site.stop()
    }

    @Test("a file beside a page and a file of Static/ are reported, through inotify and by polling", arguments: [false, true])
    func filesBesidePages(polling: Bool) async throws {
        let site = try WatchedSite(["site.yaml": "title: Watched\n", "Content/posts/x/index.md": "x\n", "Static/favicon.ico": "1"])
        site.start(site.watcher(polling: polling))
        try site.write("Content/posts/x/photo.jpg", "jpeg\n")
        try site.write("Static/favicon.ico", "2, longer\n")
        #expect(try await site.waitFor(["Content/posts/x/photo.jpg", "Static/favicon.ico"]), "reported: \(site.paths)")
        await site.stop()
    }

    @Test("site.yaml edited in place and replaced by a rename are both reported")
    func settings() async throws {
        let site = try WatchedSite()
        site.start(site.watcher())
        try site.write("site.yaml", "title: Edited\n")
        #expect(try await site.waitFor(["site.yaml"]))
        let count = site.bursts.count
        try Data("title: Replaced\n".utf8).write(to: site.url("site.yaml"), options: .atomic)
        #expect(try await site.waitForBurst(after: count, reporting: "site.yaml"))
        await site.stop()
    }

    @Test("a file written at once into a new sub-folder is reported, and later files in it too")
    func newFolder() async throws {
        let site = try WatchedSite()
        site.start(site.watcher())
        // Written before the watcher can have added a watch for the new folders.
        try site.write("Content/new/deeper/b.md", "b\n")
        #expect(try await site.waitFor(["Content/new", "Content/new/deeper/b.md"]), "reported: \(site.paths)")
        try site.write("Content/new/deeper/c.md", "c\n")
        #expect(try await site.waitFor(["Content/new/deeper/c.md"]), "the new folder is watched")
        await site.stop()
    }

    @Test("a delete, a rename and a folder rename report the old and the new paths")
    func deleteAndRename() async throws {
        let site = try WatchedSite(["Content/a.md": "a\n", "Content/b.md": "b\n", "Content/posts/p.md": "p\n", "Templates/page.mustache": "t\n"])
        site.start(site.watcher())
        try site.remove("Content/a.md")
        #expect(try await site.waitFor(["Content/a.md"]))
        try site.move("Content/b.md", to: "Content/renamed.md")
        #expect(try await site.waitFor(["Content/b.md", "Content/renamed.md"]), "reported: \(site.paths)")
        try site.move("Content/posts", to: "Content/essays")
        #expect(try await site.waitFor(["Content/posts", "Content/essays", "Content/essays/p.md"]), "reported: \(site.paths)")
        try site.write("Content/essays/p.md", "p, edited in its new place\n")
        try site.write("Templates/partials/x.mustache", "x\n")
        #expect(try await site.waitFor(["Content/essays/p.md", "Templates/partials/x.mustache"]), "reported: \(site.paths)")
        #expect(!site.paths.contains { $0.hasPrefix("Content/posts/") }, "a moved folder's files keep their old paths")
        await site.stop()
    }

    @Test("a page that is a symbolic link is reported when the file it points to changes, also after that file is replaced")
    func linkedPage() async throws {
        let site = try WatchedSite()
        try site.write("Elsewhere/page.md", "one\n")
        try FileManager.default.createSymbolicLink(atPath: site.url("Content/linked.md").path, withDestinationPath: site.url("Elsewhere/page.md").path)
        site.start(site.watcher())
        try site.write("Elsewhere/page.md", "two\n")
        #expect(try await site.waitFor(["Content/linked.md"]))
        // An editor's save: a new file renamed over the old; then a write to that new file.
        var count = site.bursts.count
        try Data("three\n".utf8).write(to: site.url("Elsewhere/page.md"), options: .atomic)
        #expect(try await site.waitForBurst(after: count, reporting: "Content/linked.md"))
        count = site.bursts.count
        try site.write("Elsewhere/page.md", "four, in place\n")
        #expect(try await site.waitForBurst(after: count, reporting: "Content/linked.md"), "the new file is watched")
        await site.stop()
    }

    @Test("a Templates folder that appears later, even as a symbolic link, is watched")
    func sourceFolderAppears() async throws {
        let site = try WatchedSite(["site.yaml": "title: T\n", "Content/a.md": "a\n"])
        try site.write("Theme/page.mustache", "{{title}}\n")
        site.start(site.watcher())
        try FileManager.default.createSymbolicLink(atPath: site.url("Templates").path, withDestinationPath: site.url("Theme").path)
        #expect(try await site.waitFor(["Templates", "Templates/page.mustache"]), "reported: \(site.paths)")
        try site.write("Theme/list.mustache", "{{#pages}}{{title}}{{/pages}}\n")
        #expect(try await site.waitFor(["Templates/list.mustache"]), "reported: \(site.paths)")
        await site.stop()
    }

    @Test("a burst of 20 quick writes is one callback (or very few) with every path")
    func burst() async throws {
        let site = try WatchedSite()
        var watcher = site.watcher()
        // Longer than the default, so that a busy machine, which may stall this test's task for a
        // while, does not split the burst.
        watcher.quietPeriod = .seconds(1)
        watcher.longestBurst = .seconds(10)
        site.start(watcher)
        let paths = (1...20).map { "Content/burst/page-\($0).md" }
        // On a thread of its own, not a task: a task may wait for the pool's threads, and a wait
        // longer than the quiet period would split the burst.
        try await offPool {
            for path in paths {
                try site.write(path, "\(path)\n")
                // Apart enough that the watcher reads each on its own: only the quiet period joins them.
                usleep(10_000)
            }
        }
        #expect(try await site.waitFor(Set(paths)))
        #expect(site.bursts.count <= 3, "\(site.bursts.count) callbacks")
        await site.stop()
    }

    @Test("changes that never stop are still handed on after the longest burst")
    func longestBurst() async throws {
        let site = try WatchedSite()
        var watcher = site.watcher()
        // Without the longest burst, only a pause of a second would end this one.
        watcher.quietPeriod = .seconds(1)
        watcher.longestBurst = .milliseconds(300)
        site.start(watcher)
        let end = ContinuousClock.now + WatchedSite.deadline
        var count = 0
        while site.bursts.isEmpty, ContinuousClock.now < end {
            count += 1
            try site.write("Content/a.md", "\(count)\n")
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(!site.bursts.isEmpty, "no callback in \(count) writes")
        await site.stop()
    }

    @Test("files outside site.yaml, Content and Templates are not reported")
    func outside() async throws {
        let site = try WatchedSite()
        site.start(site.watcher())
        try site.write("Public/x.html", "<p>built</p>\n")
        try site.write("notes.txt", "notes\n")
        try site.write("Contentious/a.md", "not content\n")
        try await Task.sleep(for: .milliseconds(300))
        // Whatever the watcher reports about those, it reports before this fence.
        try site.write("Content/fence.md", "fence\n")
        #expect(try await site.waitFor(["Content/fence.md"]))
        #expect(site.paths == ["Content/fence.md"])
        await site.stop()
    }

    @Test("inotify and the poller report the same paths for an edit, an addition and a deletion", arguments: [false, true])
    func sameForBoth(polling: Bool) async throws {
        let site = try WatchedSite(["Content/a.md": "a\n", "Content/c.md": "c\n", "site.yaml": "title: T\n"])
        var watcher = site.watcher(polling: polling)
        watcher.quietPeriod = .milliseconds(300)
        if polling { #expect(!watcher.isEventDriven) }
        site.start(watcher)
        try site.write("Content/a.md", "a, edited\n")
        try site.write("Content/b.md", "b\n")
        try site.remove("Content/c.md")
        #expect(try await site.waitFor(["Content/a.md", "Content/b.md", "Content/c.md"]), "reported: \(site.paths)")
        #expect(site.paths == ["Content/a.md", "Content/b.md", "Content/c.md"])
        await site.stop()
    }

    @Test("cancelling the watching task stops it", arguments: [false, true])
    func cancellation(polling: Bool) async throws {
        let site = try WatchedSite()
        site.start(site.watcher(polling: polling))
        try site.write("Content/a.md", "edited\n")
        #expect(try await site.waitFor(["Content/a.md"]))
        #expect(await site.stop())
    }
}
