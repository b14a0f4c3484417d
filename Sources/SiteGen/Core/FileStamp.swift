#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says of a file: when any of it differs, the file may have changed and is read
/// again; when all of it is the same, a rebuild trusts what it read before.
/// `serve`'s polling watcher compares the same stamps.
public struct FileStamp: Equatable, Sendable {
    var size: Int
    var modified: Int
    var modifiedNanoseconds: Int
    var changed: Int
    var changedNanoseconds: Int
    var inode: UInt

    /// Files written this recently are not vouched for: a second write within the file system's
    /// clock tick could leave the same stamp on different bytes (git's "racy" files). A write
    /// after that tick gives a new modification time.
    static let settleSeconds = 1

    /// A stamp no file has, so that a file without one is always read.
    static let missing = FileStamp(size: -1, modified: 0, modifiedNanoseconds: 0, changed: 0, changedNanoseconds: 0, inode: 0)
}

extension FileStamp {
    /// The change time catches `touch`, the inode a replace by rename.
    public init(_ info: stat) {
        #if os(Linux)
        self.init(size: Int(info.st_size), modified: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec,
                  changed: info.st_ctim.tv_sec, changedNanoseconds: info.st_ctim.tv_nsec, inode: UInt(info.st_ino))
        #else
        self.init(size: Int(info.st_size), modified: info.st_mtimespec.tv_sec, modifiedNanoseconds: info.st_mtimespec.tv_nsec,
                  changed: info.st_ctimespec.tv_sec, changedNanoseconds: info.st_ctimespec.tv_nsec, inode: UInt(info.st_ino))
        #endif
    }

    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        self.init(info)
    }
}
