/// Escaping for text that sitegen itself puts into HTML and XML (templates escape on their own).
enum HTML {
    /// Works on UTF-8 bytes: the five special characters are ASCII, and walking bytes avoids the
    /// grapheme breaking that iterating `Character`s costs on whole pages of content. One pass
    /// counts what escaping adds, so that the result is written once, at its size.
    static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            var added = 0
            for byte in bytes {
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
        return escaped ?? text
    }
}
