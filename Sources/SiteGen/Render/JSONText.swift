/// A JSON value written with sorted keys, safe to put inside an HTML `<script>` element: written
/// by hand rather than by `JSONSerialization`, whose bridging through `NSDictionary` showed in
/// every page's build time.
enum JSONText {
    case string(String)
    case object([String: JSONText])

    var text: String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .string(let value):
            Self.quote(value, to: &out)
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted().enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.quote(key, to: &out)
                out.append(UInt8(ascii: ":"))
                members[key]!.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Escapes `<`, `>` and `&` as `\u003c` …, so that neither `</script>` nor `<!--` inside a
    /// value can end the script element or hide the rest of the page in it; U+2028 and U+2029,
    /// which older JavaScript parsers take for line breaks; and `/`, as `JSONSerialization` does.
    /// Works on UTF-8 bytes: every character escaped is ASCII or starts with the byte 0xE2, and no
    /// byte of a multi-byte character is below 0x80.
    static func quote(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { quote($0, to: &out) }
    }

    private static func quote(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        out.append(0x22)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            let escape: UInt8
            switch byte {
            case 0x22, 0x5C, 0x2F: escape = byte
            case 0x0A: escape = UInt8(ascii: "n")
            case 0x0D: escape = UInt8(ascii: "r")
            case 0x09: escape = UInt8(ascii: "t")
            case 0x08: escape = UInt8(ascii: "b")
            case 0x0C: escape = UInt8(ascii: "f")
            case ..<0x20, UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"):
                appendEscape(UInt16(byte), to: &out)
                continue
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
            case 0xE2 where index + 1 < bytes.count && bytes[index] == 0x80 && (bytes[index + 1] == 0xA8 || bytes[index + 1] == 0xA9):
                appendEscape(0x2000 | UInt16(bytes[index + 1] - 0x80), to: &out)
                index += 2
                continue
            default:
                out.append(byte)
                continue
            }
            out.append(0x5C)
            out.append(escape)
        }
        out.append(0x22)
    }

    /// `\u` and four lowercase hex digits.
    private static func appendEscape(_ unit: UInt16, to out: inout [UInt8]) {
        out.append(contentsOf: "\\u".utf8)
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int(unit >> UInt16(shift) & 15)])
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
