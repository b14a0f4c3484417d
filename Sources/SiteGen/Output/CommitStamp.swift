import CXattr
import Foundation

/// A number noted on the output folder by every write that changes it, new each time, so that a
/// process holding what it last wrote there (`serve`) can tell whether another sitegen wrote the
/// folder since, and then read the folder afresh rather than trust what it remembers.
struct CommitStamp: Equatable, Sendable {
    static let attribute = "user.sitegen.commit.1"

    var value: UInt64

    /// A new stamp, noted on `folder`.
    static func note(on folder: URL) -> CommitStamp {
        let stamp = CommitStamp(value: UInt64.random(in: 1...UInt64.max))
        _ = RecordWords.bytes([stamp.value]).withUnsafeBytes { sitegen_setxattr(folder.path, attribute, $0.baseAddress, $0.count) }
        return stamp
    }

    /// The stamp on `folder`, if it has one.
    static func read(from folder: URL) -> CommitStamp? {
        var bytes = [UInt8](repeating: 0, count: 8)
        let count = bytes.withUnsafeMutableBytes { sitegen_getxattr(folder.path, attribute, $0.baseAddress, $0.count) }
        guard count == 8, let words = RecordWords.words(bytes, count: 1) else { return nil }
        return CommitStamp(value: words[0])
    }
}
