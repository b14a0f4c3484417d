import Foundation

/// A 64-bit digest of bytes: stable across runs and machines (unlike `Hasher`, which is seeded
/// per process), so it can name a file's content in a cache. Eight bytes at a step (every byte
/// of every output file goes through it, so a byte at a step would show in a build's time), each step
/// a bijection of the state, so texts that differ in one place never collide. Not a defence
/// against crafted collisions, which an author editing their own site has no reason to make.
public struct ContentDigest: Hashable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(_ data: Data) {
        var hash = Self.offset
        data.withUnsafeBytes { Self.mix($0, into: &hash) }
        value = hash
    }

    public init(_ text: String) {
        var text = text
        var hash = Self.offset
        text.withUTF8 { Self.mix(UnsafeRawBufferPointer($0), into: &hash) }
        value = hash
    }

    public var description: String { String(value, radix: 16) }

    /// Builds one digest from many parts, each length-prefixed so that ("ab", "c") and
    /// ("a", "bc") differ.
    public struct Builder: Sendable {
        private var hash = ContentDigest.offset

        public init() {}

        public mutating func add(_ text: String) {
            add(text.utf8.count)
            var text = text
            text.withUTF8 { ContentDigest.mix(UnsafeRawBufferPointer($0), into: &hash) }
        }

        public mutating func add(_ number: Int) {
            withUnsafeBytes(of: Int64(number).littleEndian) { ContentDigest.mix($0, into: &hash) }
        }

        public mutating func add(_ digest: ContentDigest?) {
            add(digest.map { Int(truncatingIfNeeded: $0.value) } ?? 0)
        }

        public var digest: ContentDigest { ContentDigest(value: hash) }
    }

    init(value: UInt64) {
        self.value = value
    }

    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3

    private static let wordPrime: UInt64 = 0x9E37_79B9_7F4A_7C15

    private static func mix(_ bytes: UnsafeRawBufferPointer, into hash: inout UInt64) {
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            // The multiplication carries each bit only upward; the shift brings the high bits
            // down, so that no bit of the next word can cancel a difference they hold.
            hash = (hash ^ word) &* wordPrime
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* prime
            offset += 1
        }
    }
}

