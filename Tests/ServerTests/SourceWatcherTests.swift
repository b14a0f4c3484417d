import Foundation
import Testing
@testable import SiteGenServer

@Suite("Source watcher")
struct SourceWatcherTests {
    /// `serve` takes the baseline before its first build: a save made while that build runs, before
    /// the watching starts, must still cause a rebuild.
    @Test("a change made after the baseline but before watching starts is seen")
    func changeBeforeWatchingIsSeen() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("Content/a.md")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("one".utf8).write(to: page)
        let watcher = SourceWatcher(root: root)
        let baseline = watcher.snapshot()
        try Data("two, longer".utf8).write(to: page)

        let calls = Counter()
        let watching = Task { await watcher.watch(since: baseline) { calls.increment() } }
        defer { watching.cancel() }
        for _ in 0..<50 where calls.value == 0 {
            try await Task.sleep(for: .milliseconds(100))
        }
        let seen = calls.value > 0
        #expect(seen, "the change was taken for the starting state")
    }
}

/// Counts calls from any thread.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
