import CXattr
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the writer notes on each file it writes, in an extended attribute of the file itself:
/// the key of what it was rendered from, the digest of its bytes, and its size and modification
/// time just after writing. The next `sitegen build`, a new process, then knows which files are
/// still exactly what it wrote and from what, without reading them or rendering them again.
///
/// Kept on the files rather than in a cache file: nothing is written outside the output, nothing
/// extra is deployed (rsync, tar and CDNs leave extended attributes behind), and a file that was
/// copied, edited or replaced has lost its record or no longer matches it, so it is never trusted.
/// Where a file system has no extended attributes, builds simply find no records.
struct OutputRecord: Equatable, Sendable {
    static let attribute = "user.sitegen.1"
    static let size = 40

    /// `OutputFile.madeFrom`, when the file has one.
    var madeFrom: ContentDigest?
    var digest: ContentDigest
    var fileSize: Int64
    var modified: Int64
    var modifiedNanoseconds: Int64

    var bytes: [UInt8] {
        RecordWords.bytes([madeFrom?.value ?? 0, digest.value] + [fileSize, modified, modifiedNanoseconds].map { UInt64(bitPattern: $0) })
    }

    init(madeFrom: ContentDigest?, digest: ContentDigest, fileSize: Int64, modified: Int64, modifiedNanoseconds: Int64) {
        self.madeFrom = madeFrom
        self.digest = digest
        self.fileSize = fileSize
        self.modified = modified
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    init?(bytes: [UInt8]) {
        guard let values = RecordWords.words(bytes, count: 5) else { return nil }
        madeFrom = values[0] == 0 ? nil : ContentDigest(value: values[0])
        digest = ContentDigest(value: values[1])
        fileSize = Int64(bitPattern: values[2])
        modified = Int64(bitPattern: values[3])
        modifiedNanoseconds = Int64(bitPattern: values[4])
    }

    /// Notes the record on a file just written through `descriptor`. A file system without
    /// extended attributes refuses, and the next build reads the file back instead.
    static func note(descriptor: Int32, madeFrom: ContentDigest?, digest: ContentDigest) {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return }
        let bytes = OutputRecord(madeFrom: madeFrom, digest: digest, info).bytes
        _ = bytes.withUnsafeBytes { sitegen_fsetxattr(descriptor, attribute, $0.baseAddress, $0.count) }
    }

    /// Notes the record on a file already in place, found to hold the right bytes.
    static func note(path: String, madeFrom: ContentDigest?, digest: ContentDigest) {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return }
        let bytes = OutputRecord(madeFrom: madeFrom, digest: digest, info).bytes
        _ = bytes.withUnsafeBytes { sitegen_setxattr(path, attribute, $0.baseAddress, $0.count) }
    }

    private init(madeFrom: ContentDigest?, digest: ContentDigest, _ info: stat) {
        self.init(madeFrom: madeFrom, digest: digest, fileSize: Int64(info.st_size),
                  modified: Int64(info.st_mtim.tv_sec), modifiedNanoseconds: Int64(info.st_mtim.tv_nsec))
    }

    /// Whether the file at `path` carries a record at all, stale or not: whether sitegen wrote it.
    static func isPresent(path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && sitegen_getxattr(path, attribute, nil, 0) >= 0
    }

    /// The record of the file at `path`, if it has one and is still the file it describes.
    static func read(path: String) -> OutputRecord? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: size)
        let count = bytes.withUnsafeMutableBytes { sitegen_getxattr(path, attribute, $0.baseAddress, $0.count) }
        guard count == size, let record = OutputRecord(bytes: bytes),
              record.fileSize == Int64(info.st_size), record.modified == Int64(info.st_mtim.tv_sec),
              record.modifiedNanoseconds == Int64(info.st_mtim.tv_nsec) else { return nil }
        return record
    }
}
