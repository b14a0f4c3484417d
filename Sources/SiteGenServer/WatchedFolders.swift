#if os(Linux)
import Glibc

/// The folders one inotify instance watches, by watch descriptor, as site-relative paths ("" is
/// the site root), and what their events mean as changed sources. inotify watches one folder,
/// not a tree, so every folder below `Content/`, `Templates/` and `Static/` has its own watch, added as
/// the folder appears.
struct WatchedFolders {
    /// What one read of events amounts to.
    struct Changes {
        var paths: Set<String> = []
        /// Events were lost or a folder is not watched: any source may have changed.
        var unknown = false
    }

    static let events = UInt32(IN_CLOSE_WRITE | IN_MODIFY | IN_ATTRIB | IN_CREATE | IN_DELETE
        | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF)

    let fd: Int32
    let root: String
    private(set) var folders: [Int32: String] = [:]
    /// Symbolic links to files, by the watch on the file they point to: the loaders read through
    /// them, but a change to that file is an event of its own folder, which may not be watched.
    var links: [Int32: Set<String>] = [:]
    /// The system's limit of watches (or their memory) is reached: inotify cannot cover the
    /// sources, and the caller falls back to polling.
    private(set) var exhausted = false

    init(fd: Int32, root: String) {
        self.fd = fd
        self.root = root
    }

    /// Watches the root (for `site.yaml`, and for the source folders coming and going) and every
    /// folder of the sources. False when the root cannot be watched.
    mutating func watchAll(into changes: inout Changes) -> Bool {
        // The site root and the source folders may be symbolic links; the folders below them are
        // followed only as far as the content loader does, which is not at all.
        let wd = inotify_add_watch(fd, root, Self.events | UInt32(IN_ONLYDIR))
        guard wd >= 0 else { return false }
        folders = [wd: ""]
        for wd in links.keys { inotify_rm_watch(fd, wd) }
        links = [:]
        watchLink(SourceWatcher.settingsFile, into: &changes)
        for folder in SourceWatcher.folders { watchTree(folder, report: false, into: &changes) }
        return true
    }

    /// Turns one event into changed paths, watching the folders it creates and forgetting those
    /// it removes.
    mutating func handle(wd: Int32, mask: UInt32, name: String, into changes: inout Changes) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            // The kernel dropped events, maybe of folders that need watches: look again.
            changes.unknown = true
            _ = watchAll(into: &changes)
            return
        }
        if links[wd] != nil {
            changes.paths.formUnion(links[wd] ?? [])
            relink(wd, mask: mask, into: &changes)
            return
        }
        if mask & UInt32(IN_IGNORED) != 0 {
            folders[wd] = nil
            return
        }
        guard let folder = folders[wd] else { return }
        guard !name.isEmpty else {
            // An event of the watched folder itself: removed, moved or its attributes changed.
            if !folder.isEmpty {
                changes.paths.insert(folder)
            } else if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                changes.unknown = true
            }
            return
        }
        if folder.isEmpty, name != SourceWatcher.settingsFile, !SourceWatcher.folders.contains(name) { return }
        let path = folder.isEmpty ? name : "\(folder)/\(name)"
        changes.paths.insert(path)
        if mask & UInt32(IN_MOVED_FROM | IN_DELETE) != 0, mask & UInt32(IN_ISDIR) != 0 || !links.isEmpty { forget(path) }
        guard mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 else { return }
        // A source folder may come as a symbolic link to a folder, which is followed at the top.
        if mask & UInt32(IN_ISDIR) != 0 || folder.isEmpty && SourceWatcher.folders.contains(name) {
            watchTree(path, report: true, into: &changes)
        } else {
            watchLink(path, into: &changes)
        }
    }

    /// Watches `relative` and every folder below it. With `report`, everything in them counts as
    /// changed: it may have been written before the watch was added.
    private mutating func watchTree(_ relative: String, report: Bool, into changes: inout Changes) {
        let path = "\(root)/\(relative)"
        var mask = Self.events | UInt32(IN_ONLYDIR)
        if relative.contains("/") { mask |= UInt32(IN_DONT_FOLLOW) }
        let wd = inotify_add_watch(fd, path, mask)
        guard wd >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR, ELOOP: break // Gone again, or not a folder: its parent's event says so.
            case ENOSPC, ENOMEM: exhausted = true; changes.unknown = true
            default: changes.unknown = true
            }
            return
        }
        folders[wd] = relative
        guard let entries = Self.entries(of: path) else {
            changes.unknown = true
            return
        }
        for (name, kind) in entries {
            let child = "\(relative)/\(name)"
            if report { changes.paths.insert(child) }
            if kind == .folder { watchTree(child, report: report, into: &changes) }
            if kind == .link { watchLink(child, into: &changes) }
        }
    }

    /// Stops watching a folder or link that was removed or moved away, and what was below it.
    private mutating func forget(_ relative: String) {
        func below(_ path: String) -> Bool { path == relative || path.hasPrefix("\(relative)/") }
        for (wd, folder) in folders where below(folder) {
            inotify_rm_watch(fd, wd)
            folders[wd] = nil
        }
        for (wd, paths) in links where paths.contains(where: below) { forgetLinks(wd, below) }
    }

    enum Kind { case folder, link, other }

    /// The names in a folder and what each is; nil when it cannot be read, but an empty list when
    /// it is already gone.
    static func entries(of path: String) -> [(name: String, kind: Kind)]? {
        guard let dir = opendir(path) else { return errno == ENOENT || errno == ENOTDIR ? [] : nil }
        defer { closedir(dir) }
        var entries: [(String, Kind)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            var type = Int(entry.pointee.d_type)
            if type == DT_UNKNOWN {
                var info = stat()
                let mode = lstat("\(path)/\(name)", &info) == 0 ? info.st_mode & S_IFMT : 0
                type = mode == S_IFDIR ? DT_DIR : mode == S_IFLNK ? DT_LNK : DT_REG
            }
            entries.append((name, type == DT_DIR ? .folder : type == DT_LNK ? .link : .other))
        }
        return entries
    }
}
#endif
