import Foundation

/// Notices changes to a site's sources (`site.yaml`, and everything under `Content/`,
/// `Templates/` and `Static/`) and hands them on in bursts, as site-relative paths. Through inotify on Linux;
/// by polling elsewhere, or when inotify is unavailable or out of watches.
struct SourceWatcher: Sendable {
    static let settingsFile = "site.yaml"
    static let folders = ["Content", "Templates", "Static"]

    let root: URL
    /// A burst ends once nothing has changed for this long: editors save in several steps,
    /// `git checkout` in many.
    var quietPeriod: Duration
    /// A burst that goes on is handed on after this long anyway, so that the site follows a long
    /// checkout while it runs.
    var longestBurst: Duration = .seconds(1)
    private let source: Source

    private enum Source: Sendable {
        #if os(Linux)
        case inotify(InotifyWatcher)
        #endif
        case polling(PollingWatcher)
    }

    /// Starts noticing at once. Make it before the first build: a save made while that build
    /// runs, before `watch` is called, is then in the first burst.
    init(root: URL, polling: Bool = false) {
        self.root = root
        #if os(Linux)
        if !polling, let watcher = InotifyWatcher(root: root) {
            source = .inotify(watcher)
            quietPeriod = .milliseconds(30)
            return
        }
        #endif
        let watcher = PollingWatcher(root: root)
        source = .polling(watcher)
        // A poller sees a change only at its next look: the quiet must outlast one interval.
        quietPeriod = watcher.interval + .milliseconds(50)
    }

    /// Whether the kernel tells of changes, rather than the sources being polled.
    var isEventDriven: Bool {
        #if os(Linux)
        if case .inotify = source { return true }
        #endif
        return false
    }

    /// Calls `changed` after each burst of changes with the paths that changed (files, and
    /// folders that were removed or renamed), or nil when any source may have; until the task is
    /// cancelled. Changes made while `changed` runs make the next burst. Call it once.
    func watch(_ changed: (Set<String>?) async -> Void) async {
        let pending = PendingChanges()
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await feed(pending) }
            var arrivals = pending.arrivals.makeAsyncIterator()
            watching: while !Task.isCancelled {
                switch pending.due(quiet: quietPeriod, longest: longestBurst) {
                case .idle:
                    if await arrivals.next() == nil { break watching }
                case .wait(let end):
                    try? await Task.sleep(until: end, clock: .continuous)
                case .ready:
                    await changed(pending.take())
                }
            }
            group.cancelAll()
        }
    }

    private func feed(_ pending: PendingChanges) async {
        switch source {
        #if os(Linux)
        case .inotify(let watcher):
            guard await watcher.run(into: pending) == .failed, !Task.isCancelled else { return }
            // Out of watches: what inotify missed is unknown, and polling takes over from here.
            pending.recordUnknown()
            await PollingWatcher(root: root).run(into: pending)
        #endif
        case .polling(let watcher):
            await watcher.run(into: pending)
        }
    }
}
