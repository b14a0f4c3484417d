import Foundation

/// `/search.json`, kept small for a site of thousands of pages:
///
///     {"pages":[{"date","summary","tags","title","url"}…],
///      "postings":"<one list a term, space-separated>",
///      "terms":"<front-coded terms, space-separated>","version":1}
///
/// `terms` is sorted in UTF-16 order; each entry is one base-36 digit, how many UTF-16 units it
/// shares with the term before it, then the rest of the term (`0melod 5y` is `melod`, `melody`).
/// The n-th list of `postings` belongs to the n-th term: one number per page, `gap << 2 | weight`,
/// where gap is the page's index minus the previous page's in the list (the first counts from
/// 0) and weight is 3 title, 2 tag, 1 text. A number is written in base 32, most significant
/// digit first: the last digit from `0-9A-V`, any digit before it from `W-Za-z-_`. Gaps are
/// small for common terms, so most postings take one character.
extension SearchIndex {
    static let version = 1
    static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_".utf8)

    /// The index as JSON; the same site gives the same bytes. Written by hand: `JSONEncoder`
    /// took a tenth of a second at 10,000 pages, too long for a rebuild in `serve`.
    func json() -> Data {
        var out = "{\"pages\":["
        for (index, page) in pages.enumerated() {
            if index > 0 { out += "," }
            out += "{"
            if let date = page.date {
                out += "\"date\":"
                Self.quote(date, to: &out)
                out += ","
            }
            out += "\"summary\":"
            Self.quote(page.summary, to: &out)
            out += ",\"tags\":["
            for (index, tag) in page.tags.enumerated() {
                if index > 0 { out += "," }
                Self.quote(tag, to: &out)
            }
            out += "],\"title\":"
            Self.quote(page.title, to: &out)
            out += ",\"url\":"
            Self.quote(page.url, to: &out)
            out += "}"
        }
        out += "],\"postings\":"
        Self.quote(Self.postingLists(terms.map(\.postings)), to: &out)
        out += ",\"terms\":"
        Self.quote(Self.frontCoded(terms.map(\.term)), to: &out)
        out += ",\"version\":\(Self.version)}\n"
        return Data(out.utf8)
    }

    /// A JSON string as `JSONEncoder` writes one with `.withoutEscapingSlashes`.
    static func quote(_ value: String, to out: inout String) {
        out += "\""
        var plain = value.utf8.startIndex
        let bytes = value.utf8
        for index in bytes.indices {
            let byte = bytes[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            out += String(value[plain..<index])
            switch byte {
            case UInt8(ascii: "\""): out += "\\\""
            case UInt8(ascii: "\\"): out += "\\\\"
            case 0x0A: out += "\\n"
            case 0x0D: out += "\\r"
            case 0x09: out += "\\t"
            case 0x08: out += "\\b"
            case 0x0C: out += "\\f"
            default:
                let hex = String(byte, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
            plain = bytes.index(after: index)
        }
        out += String(value[plain...])
        out += "\""
    }

    static func frontCoded(_ terms: [String]) -> String {
        var out = ""
        var previous: [Unicode.Scalar] = []
        for term in terms {
            let scalars = Array(term.unicodeScalars)
            var shared = 0
            var sharedUnits = 0
            while shared < min(scalars.count, previous.count), scalars[shared] == previous[shared] {
                let units = scalars[shared].utf16.count
                if sharedUnits + units > 35 { break }
                sharedUnits += units
                shared += 1
            }
            if !out.isEmpty { out += " " }
            out += String(sharedUnits, radix: 36)
            out.unicodeScalars.append(contentsOf: scalars[shared...])
            previous = scalars
        }
        return out
    }

    static func postingLists(_ lists: [[Posting]]) -> String {
        var bytes: [UInt8] = []
        for (index, list) in lists.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            var previous = 0
            for posting in list {
                appendNumber((posting.page - previous) << 2 | Int(posting.weight.rawValue), to: &bytes)
                previous = posting.page
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendNumber(_ number: Int, to bytes: inout [UInt8]) {
        // Digits from the most significant, without an array per number: a large site has millions.
        var position = 0
        while number >> (5 * (position + 1)) > 0 { position += 1 }
        while position >= 0 {
            let group = number >> (5 * position) & 31
            bytes.append(digits[position == 0 ? group : 32 + group])
            position -= 1
        }
    }
}
