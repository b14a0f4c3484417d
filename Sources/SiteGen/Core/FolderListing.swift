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
        /// A symbolic link, when its links are not followed.
        var isLink = false
    }

    /// Nil when the folder cannot be opened. `followingLinks`: a symbolic link to a folder
    /// counts as a folder; otherwise every link is an entry of its own, never followed.
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
                type = switch found == 0 ? info.st_mode & S_IFMT : 0 {
                case S_IFDIR: UInt8(DT_DIR)
                case S_IFLNK: UInt8(DT_LNK)
                default: UInt8(DT_REG)
                }
            }
            entries.append(Entry(name: name, isFolder: type == UInt8(DT_DIR), isLink: type == UInt8(DT_LNK)))
        }
        return entries
    }

    /// The files under `folder` (relative to `root`, and named relative to it), but those in
    /// hidden folders or hidden themselves, sorted; see `walk(under:in:)` for links.
    static func files(under folder: String, in root: String) -> [String] {
        walk(under: folder, in: root).files
    }

    /// Everything one walk of a folder found.
    struct Walk {
        /// Sorted; see `walk(under:in:)`.
        var files: [String] = []
        /// Links left out, in the order they were met.
        var skipped: [SkippedLink] = []
    }

    /// A symbolic link the walk did not follow, named by its path relative to the root.
    struct SkippedLink: Equatable {
        enum Reason: Equatable {
            /// To a file or folder outside the site's folder and outside the folder walked.
            case outside
            /// To the folder it lies in, or to one around it: walking it would never end.
            case loop(target: String)
            /// One link to a folder more than `linkedFolderLimit`.
            case tooManyLinkedFolders
        }

        var path: String
        var isFolder: Bool
        var reason: Reason
    }

    /// Links to folders followed in one walk at most: links that lead into one another without
    /// a loop (two in each folder, each to the next folder down) multiply the folders to walk.
    static let linkedFolderLimit = 10_000

    /// Walks `folder` as `files(under:in:)` lists it. A symbolic link is followed when it leads
    /// inside `root` or inside `folder` (which may itself be a link to a folder shared by several
    /// sites), unless it leads back into a folder that the walk is inside; any other link is
    /// left out and named in `skipped`. A link that cannot be resolved is listed as a file, so
    /// that reading it says it cannot be read.
    static func walk(under folder: String, in root: String) -> Walk {
        var walk = Walk()
        let start = root + "/" + folder
        guard let realStart = realPath(start) else { return walk }
        let areas = [realPath(root), realStart].compactMap { $0 }
        var linkedFolders = 0
        func visit(_ relative: String, real: String, chain: [String]) {
            for entry in entries(of: root + "/" + relative, followingLinks: false) ?? [] where !entry.name.hasPrefix(".") {
                let child = relative + "/" + entry.name
                if entry.isFolder {
                    let realChild = real + "/" + entry.name
                    visit(child, real: realChild, chain: chain + [realChild])
                    continue
                }
                guard entry.isLink, let target = realPath(root + "/" + child) else {
                    walk.files.append(child)
                    continue
                }
                var info = stat()
                let isFolder = stat(target, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
                if !areas.contains(where: { target == $0 || target.hasPrefix($0 == "/" ? "/" : $0 + "/") }) {
                    walk.skipped.append(SkippedLink(path: child, isFolder: isFolder, reason: .outside))
                } else if !isFolder {
                    walk.files.append(child)
                } else if chain.contains(target) {
                    walk.skipped.append(SkippedLink(path: child, isFolder: true, reason: .loop(target: target)))
                } else if linkedFolders >= linkedFolderLimit {
                    // Named once: the first link past the limit.
                    if linkedFolders == linkedFolderLimit {
                        walk.skipped.append(SkippedLink(path: child, isFolder: true, reason: .tooManyLinkedFolders))
                        linkedFolders += 1
                    }
                } else {
                    linkedFolders += 1
                    visit(child, real: target, chain: chain + [target])
                }
            }
        }
        visit(folder, real: realStart, chain: [realStart])
        walk.files.sort()
        // Names equal as strings (one name in two Unicode forms) lie side by side: put in the
        // order of their bytes, so that every run lists them alike.
        var index = 1
        while index < walk.files.count {
            var end = index
            while end < walk.files.count, walk.files[end] == walk.files[index - 1] { end += 1 }
            if end > index { walk.files[(index - 1)..<end].sort { $0.utf8.lexicographicallyPrecedes($1.utf8) } }
            index = end + 1
        }
        return walk
    }

    /// `path` with every symbolic link resolved; nil when it does not lead to anything.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
