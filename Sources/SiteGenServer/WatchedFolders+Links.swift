#if os(Linux)
import Glibc

extension WatchedFolders {
    /// When `relative` is a symbolic link to a file, watches that file for it.
    mutating func watchLink(_ relative: String, into changes: inout Changes) {
        let path = "\(root)/\(relative)"
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK,
              stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return }
        let wd = inotify_add_watch(fd, path, Self.events)
        guard wd >= 0 else {
            if errno != ENOENT { changes.unknown = true }
            return
        }
        links[wd, default: []].insert(relative)
    }

    /// After an event of a linked file: when the file may have been replaced (an editor's save
    /// by rename, a deletion), watches whatever the links point to now.
    mutating func relink(_ wd: Int32, mask: UInt32, into changes: inout Changes) {
        let replaced = UInt32(IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED)
        guard mask & replaced != 0, let paths = links.removeValue(forKey: wd) else { return }
        inotify_rm_watch(fd, wd)
        for path in paths { watchLink(path, into: &changes) }
    }

    /// Forgets the links of one watch that `isGone` says were removed.
    mutating func forgetLinks(_ wd: Int32, _ isGone: (String) -> Bool) {
        let kept = links[wd, default: []].filter { !isGone($0) }
        if kept.isEmpty {
            links[wd] = nil
            inotify_rm_watch(fd, wd)
        } else {
            links[wd] = kept
        }
    }
}
#endif
