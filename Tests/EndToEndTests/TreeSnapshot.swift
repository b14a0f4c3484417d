import Foundation

/// Every folder, file (with its bytes) and symbolic link under a folder, by relative path, so
/// that two trees can be compared byte for byte.
struct TreeSnapshot: Equatable {
    enum Entry: Equatable {
        case folder
        case file(Data)
        case link(String)
    }

    var entries: [String: Entry]

    /// Reads the whole tree under `folder`, hidden files included; an absent folder is empty.
    init(of folder: URL) throws {
        let fileManager = FileManager.default
        var entries: [String: Entry] = [:]
        if let enumerator = fileManager.enumerator(atPath: folder.path) {
            while let relative = enumerator.nextObject() as? String {
                let url = folder.appendingPathComponent(relative)
                let type = try fileManager.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType
                switch type {
                case .typeDirectory?: entries[relative] = .folder
                case .typeSymbolicLink?: entries[relative] = .link(try fileManager.destinationOfSymbolicLink(atPath: url.path))
                default: entries[relative] = .file(try Data(contentsOf: url))
                }
            }
        }
        self.entries = entries
    }

    /// Paths of regular files, sorted.
    var files: [String] {
        entries.compactMap { if case .file = $0.value { $0.key } else { nil } }.sorted()
    }

    /// Paths added, removed or changed since `earlier`, sorted, each marked `+`, `-` or `~`:
    /// a readable failure message where comparing whole snapshots would print only byte counts.
    func changes(since earlier: TreeSnapshot) -> [String] {
        let paths = Set(entries.keys).union(earlier.entries.keys)
        return paths.sorted().compactMap { path in
            switch (earlier.entries[path], entries[path]) {
            case (nil, _?): return "+ \(path)"
            case (_?, nil): return "- \(path)"
            case let (old?, new?) where old != new: return "~ \(path)"
            default: return nil
            }
        }
    }
}
