//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

extension String {
    /// HTML escape string. Replace '<', '>', '&', '"' and '\'' with HTML escaped versions
    ///
    /// sitegen's patch: on UTF-8 bytes, one pass counting what escaping adds so that the result
    /// is written once at its size, and public, so that sitegen escapes the text it writes itself
    /// the same way. The release looked every `Character` up in a dictionary, and every variable
    /// of every page is escaped.
    public func htmlEscape() -> String {
        var text = self
        let escaped: String? = text.withUTF8 { bytes in
            // Most texts have nothing to escape: told eight bytes at a time.
            var first = 0
            while first + 8 <= bytes.count,
                  !Self.hasSpecialByte(UnsafeRawPointer(bytes.baseAddress! + first).loadUnaligned(as: UInt64.self)) {
                first += 8
            }
            var added = 0
            for byte in bytes[first...] {
                switch byte {
                case 0x26, 0x27: added += 4
                case 0x3C, 0x3E: added += 3
                case 0x22: added += 5
                default: break
                }
            }
            guard added > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + added) { out in
                var count = 0
                func put(_ entity: StaticString) {
                    entity.withUTF8Buffer { entity in
                        for byte in entity { out[count] = byte; count += 1 }
                    }
                }
                for byte in bytes {
                    switch byte {
                    case 0x26: put("&amp;")
                    case 0x3C: put("&lt;")
                    case 0x3E: put("&gt;")
                    case 0x22: put("&quot;")
                    case 0x27: put("&#39;")
                    default:
                        out[count] = byte
                        count += 1
                    }
                }
                return count
            }
        }
        return escaped ?? self
    }

    /// Whether any of the eight bytes is one that escaping replaces (`&`, `'`, `<`, `>`, `"`).
    @inline(__always)
    private static func hasSpecialByte(_ word: UInt64) -> Bool {
        // A byte of `x` is zero exactly where the high bit of the result is set.
        @inline(__always) func zeroBytes(_ x: UInt64) -> UInt64 { (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 }
        return zeroBytes(word ^ 0x2626_2626_2626_2626) | zeroBytes(word ^ 0x2727_2727_2727_2727)
            | zeroBytes(word ^ 0x3C3C_3C3C_3C3C_3C3C) | zeroBytes(word ^ 0x3E3E_3E3E_3E3E_3E3E)
            | zeroBytes(word ^ 0x2222_2222_2222_2222) != 0
    }
}
