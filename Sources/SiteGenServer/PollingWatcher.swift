import Foundation
import SiteGen
#if canImport(Glibc)
import Glibc
#endif

/// The fallback watcher: stats every source every `interval` and reports the paths whose stamp
/// differs from the last look (added, removed, changed). Portable, but its cost grows with the
/// site, and a change is noticed only at the next look.
struct PollingWatcher: Sendable {
    let root: URL
    var interval: Duration = .milliseconds(100)
    /// The sources as they were when the watcher was made: a change made after that, even
    /// before `run` starts, is reported.
    let baseline: [String: Stamp]

    typealias Stamp = FileStamp

    init(root: URL) {
        self.root = root
        baseline = Self.snapshot(root)
    }

    /// Reports changes into `pending` until the task is cancelled.
    func run(into pending: PendingChanges) async {
        var last = baseline
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let current = Self.snapshot(root)
            let changed = Self.difference(last, current)
            if !changed.isEmpty { pending.record(changed) }
            last = current
        }
    }

    /// Every watched file by site-relative path, with its stamp.
    static func snapshot(_ root: URL) -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        func add(_ relative: String) {
            var info = stat()
            guard stat(root.appendingPathComponent(relative).path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
            stamps[relative] = Stamp(info)
        }
        add(SourceWatcher.settingsFile)
        for folder in SourceWatcher.folders {
            let enumerator = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)
            while let relative = enumerator?.nextObject() as? String { add("\(folder)/\(relative)") }
        }
        return stamps
    }

    /// The paths added, removed or changed between two snapshots.
    static func difference(_ old: [String: Stamp], _ new: [String: Stamp]) -> Set<String> {
        var changed = Set<String>()
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }
}
