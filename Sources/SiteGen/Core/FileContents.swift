import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A source file's bytes, read with one `open`, `fstat` and `read` rather than through
/// `FileManager.contents(atPath:)`, which stats the path again and goes through Foundation's
/// path handling: a few percent of a 10,000-page build.
enum FileContents {
    /// The bytes of the regular file at `path`, and its stamp as it was when opened; nil when it
    /// cannot be read, or when it is a symbolic link and not `followingLinks`.
    static func read(_ path: String, followingLinks: Bool = true) -> (data: Data, stamp: FileStamp)? {
        // Non-blocking, so that a FIFO in place of a page is refused rather than waited on.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        // The size it had when opened: a file saved meanwhile has a new stamp, and the next
        // build reads it again.
        var data = Data(count: Int(info.st_size))
        var count = 0
        while count < data.count {
            let got = data.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if got == 0 { break }
            count += got
        }
        data.count = count
        return (data, FileStamp(info))
    }
}
