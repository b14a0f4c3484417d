import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The entries of one folder, read with `readdir`, whose entry types spare a `stat` of every
/// file: what walking `Content/`, `Templates/` and the output folder needs, at a fraction of
/// `FileManager`'s cost.
enum FolderListing {
    struct Entry {
        var name: String
        var isFolder: Bool
    }

    /// Nil when the folder cannot be opened. `followingLinks`: a symbolic link to a folder
    /// counts as a folder; otherwise every link is a file, never followed.
    static func entries(of path: String, followingLinks: Bool) -> [Entry]? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            if name == "." || name == ".." { continue }
            var type = entry.pointee.d_type
            if type == UInt8(DT_UNKNOWN) || followingLinks && type == UInt8(DT_LNK) {
                var info = stat()
                let found = followingLinks ? stat(path + "/" + name, &info) : lstat(path + "/" + name, &info)
                type = found == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? UInt8(DT_DIR) : UInt8(DT_REG)
            }
            entries.append(Entry(name: name, isFolder: type == UInt8(DT_DIR)))
        }
        return entries
    }

    /// The files under `folder` (relative to `root`, and named relative to it), but those in
    /// hidden folders or hidden themselves, sorted. A symbolic link to a folder is walked into.
    static func files(under folder: String, in root: String) -> [String] {
        var files: [String] = []
        var pending = [folder]
        while let relative = pending.popLast() {
            for entry in entries(of: root + "/" + relative, followingLinks: true) ?? [] where !entry.name.hasPrefix(".") {
                let child = relative + "/" + entry.name
                if entry.isFolder { pending.append(child) } else { files.append(child) }
            }
        }
        return files.sorted()
    }
}
