import CXattr
import Foundation

/// What the writer notes on the output folder itself after a build: the digest of the build's
/// inputs (`SiteInputs`), the digest of the files it left (`OutputManifest.fingerprint`), the
/// moment it built as of, and its counts. A `sitegen build` that finds the same inputs, and
/// every file still as its record says, has nothing to do and says what the last one built.
/// Kept, like `OutputRecord`, in an extended attribute: nothing is written outside the output
/// and nothing extra is deployed.
struct BuildRecord: Equatable, Sendable {
    static let attribute = "user.sitegen.build.1"
    static let size = 56

    var inputs: ContentDigest
    var outputs: ContentDigest
    /// Seconds since 1970 of `BuildOptions.now`: a later build may see pages come out of the future.
    var now: Int64
    var pages: Int64
    var sections: Int64
    var tags: Int64
    var files: Int64

    private var values: [UInt64] {
        [inputs.value, outputs.value] + [now, pages, sections, tags, files].map { UInt64(bitPattern: $0) }
    }

    var bytes: [UInt8] { RecordWords.bytes(values) }

    init(inputs: ContentDigest, outputs: ContentDigest, now: Int64, pages: Int64, sections: Int64, tags: Int64, files: Int64) {
        (self.inputs, self.outputs, self.now) = (inputs, outputs, now)
        (self.pages, self.sections, self.tags, self.files) = (pages, sections, tags, files)
    }

    init?(bytes: [UInt8]) {
        guard let values = RecordWords.words(bytes, count: 7) else { return nil }
        self.init(inputs: ContentDigest(value: values[0]), outputs: ContentDigest(value: values[1]),
                  now: Int64(bitPattern: values[2]), pages: Int64(bitPattern: values[3]), sections: Int64(bitPattern: values[4]),
                  tags: Int64(bitPattern: values[5]), files: Int64(bitPattern: values[6]))
    }

    /// The record on `folder`, if it has one.
    static func read(from folder: URL) -> BuildRecord? {
        var bytes = [UInt8](repeating: 0, count: size)
        let count = bytes.withUnsafeMutableBytes { sitegen_getxattr(folder.path, attribute, $0.baseAddress, $0.count) }
        return count == size ? BuildRecord(bytes: bytes) : nil
    }

    /// Notes `record` on `folder`, or removes the one there (a build whose result a later one
    /// must not take on trust: one with notes or warnings to repeat, or inputs too fresh).
    static func note(_ record: BuildRecord?, on folder: URL) {
        guard let record else {
            _ = sitegen_removexattr(folder.path, attribute)
            return
        }
        _ = record.bytes.withUnsafeBytes { sitegen_setxattr(folder.path, attribute, $0.baseAddress, $0.count) }
    }
}
