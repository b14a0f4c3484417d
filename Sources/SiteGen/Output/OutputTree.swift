import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Operations on the output folder's tree, for `OutputWriter` alone.
enum OutputTree {
    /// Every file under `folder`, as paths relative to it, leaving out top-level names that start
    /// with `.`: those belong to the person deploying (`.git`), not to the build; but for
    /// `.well-known`, which a site's `Static/` may publish.
    /// A symbolic link is a file here, never followed out of the folder.
    static func files(in folder: URL) throws -> Set<String> {
        var files = Set<String>()
        let base = folder.path
        // A level of the tree at a time, its folders listed on all cores: a site is one folder
        // per page, ten thousand of them side by side.
        var level = [""]
        while !level.isEmpty {
            let listings = level.concurrentMap { relative in
                FolderListing.entries(of: relative.isEmpty ? base : base + "/" + relative, followingLinks: false)
            }
            var next: [String] = []
            for (relative, entries) in zip(level, listings) {
                guard let entries else { throw posixError(relative.isEmpty ? base : base + "/" + relative) }
                for entry in entries where !(relative.isEmpty && entry.name.hasPrefix(".") && entry.name != PublishedFiles.wellKnown) {
                    let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                    if entry.isFolder { next.append(child) } else { files.insert(child) }
                }
            }
            level = next
        }
        return files
    }

    /// Creates the folders that `paths` need under `folder`. Sorted, a folder comes after its
    /// parent, so plain mkdir suffices; FileManager's intermediate-folder walk would stat every
    /// parent of every folder again.
    static func makeFolders(for paths: [String], in folder: URL) throws {
        var folders = Set<String>()
        for path in paths {
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                parts = parts.dropLast()
            }
        }
        for relative in folders.sorted() {
            try makeFolder(folder.path + "/" + relative)
        }
    }

    /// Moves `staged` to `target`, creating its folders, and clearing a stale file that stands
    /// where a folder must go, or a stale folder where the file must go.
    static func replace(_ target: URL, with staged: URL) throws {
        var folder = target.deletingLastPathComponent()
        var missing: [URL] = []
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) || !isFolder.boolValue {
            if FileManager.default.fileExists(atPath: folder.path) { try FileManager.default.removeItem(at: folder) }
            missing.append(folder)
            folder = folder.deletingLastPathComponent()
        }
        for folder in missing.reversed() { try makeFolder(folder.path) }
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            try FileManager.default.removeItem(at: target)
        }
        guard rename(staged.path, target.path) == 0 else { throw posixError(target.path) }
    }

    /// Removes `paths` under `folder`, then every folder they leave empty.
    static func remove(_ paths: [String], from folder: URL) throws {
        var parents = Set<String>()
        for path in paths {
            guard unlink(folder.path + "/" + path) == 0 || errno == ENOENT else { throw posixError(path) }
            var parts = path.split(separator: "/").dropLast()
            while !parts.isEmpty {
                parents.insert(parts.joined(separator: "/"))
                parts = parts.dropLast()
            }
        }
        // Deepest first, so that a folder is empty by the time its parent is tried.
        for parent in parents.sorted(by: { $0.count > $1.count }) {
            _ = rmdir(folder.path + "/" + parent)
        }
    }

    static func makeFolder(_ path: String) throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw posixError(path) }
    }

    static func posixError(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): \(String(cString: strerror(errno)))"])
    }
}
