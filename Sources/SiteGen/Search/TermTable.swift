import Foundation

/// Numbers keyed by a term's UTF-8 bytes: what a page's numbering looks its words up in. A word
/// met before costs a hash of its bytes and one comparison; a `[String: UInt32]` made a string
/// of every word of every page first, and hashed it with SipHash (a tenth of a build's CPU).
/// Open addressing over flat arrays, the terms' bytes end to end in one.
struct TermTable {
    /// Entry number + 1 by slot, 0 for an empty slot; a power of two long, at most half full.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    /// Where each entry's bytes end in `bytes`; they start where the previous entry's end.
    private var ends: [Int] = []
    private var bytes: [UInt8] = []
    private var values: [UInt32] = []

    var count: Int { values.count }

    /// The number `term` was given, if it was.
    func value(of term: UnsafeBufferPointer<UInt8>) -> UInt32? {
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, matches(entry, term) { return values[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Gives `term`, which has no number yet, `value`.
    mutating func insert(_ term: UnsafeBufferPointer<UInt8>, value: UInt32) {
        let hash = Self.hash(term)
        hashes.append(hash)
        bytes.append(contentsOf: term)
        ends.append(bytes.count)
        values.append(value)
        if values.count * 2 > slots.count {
            grow()
        } else {
            place(values.count - 1, hash: hash)
        }
    }

    private func matches(_ entry: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = entry == 0 ? 0 : ends[entry - 1]
        guard ends[entry] - start == term.count else { return false }
        return bytes.withUnsafeBufferPointer { stored in
            term.isEmpty || memcmp(stored.baseAddress! + start, term.baseAddress!, term.count) == 0
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        for (entry, hash) in hashes.enumerated() { place(entry, hash: hash) }
    }

    private mutating func place(_ entry: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    /// FNV-1a, then a final mix so that the low bits, which pick the slot, depend on every byte.
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in term {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        hash ^= hash >> 29
        hash = hash &* 0xbf58_476d_1ce4_e5b9
        return hash ^ (hash >> 32)
    }
}
