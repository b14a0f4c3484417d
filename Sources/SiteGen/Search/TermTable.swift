import Foundation

/// Numbers keyed by a term's UTF-8 bytes: what a page's numbering looks its words up in. A word
/// met before costs a hash of its bytes and one comparison; a `[String: UInt32]` made a string
/// of every word of every page first, and hashed it with SipHash, which is made to resist chosen
/// keys rather than to be fast.
/// Open addressing over flat arrays, the terms' bytes end to end in one.
struct TermTable {
    private struct Entry {
        var hash: UInt64
        /// Where the term's bytes start in `bytes`, and how many there are.
        var start: Int32
        var count: Int32
        var value: UInt32
    }

    /// Entry number + 1 by slot, 0 for an empty slot; a power of two long, at most half full.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var entries: [Entry] = []
    private var bytes: [UInt8] = []

    var count: Int { entries.count }

    /// The number `term` was given, if it was.
    func value(of term: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = Self.hash(term)
        return slots.withUnsafeBufferPointer { slots in
            entries.withUnsafeBufferPointer { entries in
                bytes.withUnsafeBufferPointer { bytes in
                    let mask = slots.count - 1
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while slots[slot] != 0 {
                        let entry = entries[Int(slots[slot]) - 1]
                        if entry.hash == hash, Int(entry.count) == term.count,
                           term.isEmpty || memcmp(bytes.baseAddress! + Int(entry.start), term.baseAddress!, term.count) == 0 {
                            return entry.value
                        }
                        slot = (slot + 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Gives `term`, which has no number yet, `value`.
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, value: UInt32) {
        let hash = Self.hash(term)
        entries.append(Entry(hash: hash, start: Int32(bytes.count), count: Int32(term.count), value: value))
        bytes.append(contentsOf: term)
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for entry in entries.indices { place(entry) }
        } else {
            place(entries.count - 1)
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entries[entry].hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// Eight bytes a step, as `ContentDigest` mixes them, with a final mix so that the low bits,
    /// which pick the slot, depend on every byte.
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(term.count)
        let raw = UnsafeRawBufferPointer(term)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
            offset += 8
        }
        // The last one to seven bytes in two or three reads that may overlap (the length is in
        // the hash already, so overlapping cannot make two terms alike).
        let rest = raw.count - offset
        if rest > 0 {
            let tail: UInt64
            if rest >= 4 {
                tail = UInt64(raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                    | UInt64(raw.loadUnaligned(fromByteOffset: raw.count - 4, as: UInt32.self)) << 32
            } else {
                tail = UInt64(raw[offset]) | UInt64(raw[offset + rest / 2]) << 8 | UInt64(raw[raw.count - 1]) << 16
            }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        }
        hash ^= hash >> 32
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 29)
    }
}
