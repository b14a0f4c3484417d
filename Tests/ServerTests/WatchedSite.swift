import Foundation
@testable import SiteGenServer

/// A small site in a temporary folder, a watcher on it, and the bursts the watcher reported.
final class WatchedSite: @unchecked Sendable {
    let root: URL
    private let lock = NSLock()
    private let reports = Reports()
    private var task: Task<Void, Never>?
    private var isStopped = false

    init(_ files: [String: String] = ["site.yaml": "title: Watched\n", "Content/a.md": "one\n",
                                      "Content/posts/p.md": "post\n", "Templates/page.mustache": "{{title}}\n"]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-watch-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    deinit {
        task?.cancel()
        try? FileManager.default.removeItem(at: root)
    }

    func watcher(polling: Bool = false) -> SourceWatcher {
        SourceWatcher(root: root, polling: polling)
    }

    func start(_ watcher: SourceWatcher) {
        // The task keeps only the list, not the site, so that the site's deinit still runs when a
        // test fails before `stop`.
        let reports = reports
        task = Task { await watcher.watch { changed in reports.append(changed) } }
    }

    /// How long a test waits for a report before it fails: generous, as a loaded machine is slow,
    /// and only a failing test waits this long.
    static let deadline: Duration = .seconds(30)

    /// Cancels the watching and waits for it to stop; false when it did not.
    @discardableResult
    func stop() async -> Bool {
        guard let task else { return true }
        task.cancel()
        // Not `await task.value` here: a watcher that does not stop would hang the test run.
        Task { [self] in
            await task.value
            lock.withLock { isStopped = true }
        }
        let end = ContinuousClock.now + Self.deadline
        while !lock.withLock({ isStopped }), ContinuousClock.now < end { try? await Task.sleep(for: .milliseconds(10)) }
        return lock.withLock { isStopped }
    }

    /// The bursts so far: each one's paths, or nil for "unknown".
    var bursts: [Set<String>?] { reports.all }
    /// Every path reported so far.
    var paths: Set<String> { bursts.reduce(into: []) { $0.formUnion($1 ?? []) } }

    /// Waits for `paths` to hold all of `expected`.
    @discardableResult
    func waitFor(_ expected: Set<String>) async throws -> Bool {
        let end = ContinuousClock.now + Self.deadline
        while ContinuousClock.now < end {
            if expected.isSubset(of: paths) { return true }
            try await Task.sleep(for: .milliseconds(20))
        }
        return expected.isSubset(of: paths)
    }

    /// Waits for a burst after the first `count` to report `path` (or "unknown").
    func waitForBurst(after count: Int, reporting path: String) async throws -> Bool {
        let end = ContinuousClock.now + Self.deadline
        func seen() -> Bool { bursts.dropFirst(count).contains { $0?.contains(path) ?? true } }
        while !seen(), ContinuousClock.now < end { try await Task.sleep(for: .milliseconds(20)) }
        return seen()
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Writes in place (not through a temporary file), as most editors and `echo >` do.
    func write(_ path: String, _ text: String) throws {
        try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url(path))
    }

    func remove(_ path: String) throws { try FileManager.default.removeItem(at: url(path)) }
    func move(_ path: String, to destination: String) throws { try FileManager.default.moveItem(at: url(path), to: url(destination)) }
}

/// The bursts a watcher reported, from any thread.
private final class Reports: @unchecked Sendable {
    private let lock = NSLock()
    private var bursts: [Set<String>?] = []

    func append(_ burst: Set<String>?) { lock.withLock { bursts.append(burst) } }
    var all: [Set<String>?] { lock.withLock { bursts } }
}
