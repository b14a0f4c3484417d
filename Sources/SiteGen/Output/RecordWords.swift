/// The layout of the records sitegen keeps in extended attributes (`OutputRecord`,
/// `BuildRecord`): 64-bit words, little-endian, one after another.
enum RecordWords {
    static func bytes(_ words: [UInt64]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(words.count * 8)
        for word in words { withUnsafeBytes(of: word.littleEndian) { bytes += $0 } }
        return bytes
    }

    /// The `count` words of `bytes`; nil when it is not exactly that long.
    static func words(_ bytes: [UInt8], count: Int) -> [UInt64]? {
        guard bytes.count == count * 8 else { return nil }
        return (0..<count).map { index in bytes[index * 8..<index * 8 + 8].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) } }
    }
}
