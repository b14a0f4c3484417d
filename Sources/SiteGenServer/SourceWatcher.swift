import Foundation

/// Notices changes under `Content/`, `Templates/` and to `site.yaml` by polling their files'
/// sizes and modification times: portable, and cheap at the sizes of real sites.
struct SourceWatcher: Sendable {
    let root: URL
    var interval: Duration = .milliseconds(100)
    /// A burst of saves becomes one rebuild: the files must stay unchanged this long.
    var quietPeriod: Duration = .milliseconds(150)

    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Date
    }

    /// Every watched file with its stamp.
    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        let keys: [URLResourceKey] = [.fileSizeKey, .contentModificationDateKey, .isRegularFileKey]
        func add(_ url: URL) {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return }
            stamps[url.path] = Stamp(size: values.fileSize ?? 0, modified: values.contentModificationDate ?? .distantPast)
        }
        add(root.appendingPathComponent("site.yaml"))
        for folder in ["Content", "Templates"] {
            let enumerator = FileManager.default.enumerator(at: root.appendingPathComponent(folder), includingPropertiesForKeys: keys)
            while let url = enumerator?.nextObject() as? URL { add(url) }
        }
        return stamps
    }

    /// Calls `changed` once after each burst of changes since `baseline`, until the task is
    /// cancelled. Take the baseline before the first build, so that a save made while it runs,
    /// or just after, is not taken for the starting state and lost.
    func watch(since baseline: [String: Stamp]? = nil, _ changed: @Sendable () async -> Void) async {
        var last = baseline ?? snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            var current = snapshot()
            guard current != last else { continue }
            // Wait for the burst to end: editors save in several steps, `git checkout` in many.
            while !Task.isCancelled {
                try? await Task.sleep(for: quietPeriod)
                let settled = snapshot()
                if settled == current { break }
                current = settled
            }
            last = current
            await changed()
        }
    }
}
