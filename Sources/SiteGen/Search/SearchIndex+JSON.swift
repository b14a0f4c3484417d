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

    /// The index as JSON; the same site gives the same bytes. Written by hand into bytes:
    /// `JSONEncoder` boxes each of a large site's millions of postings, too slow for the rebuild
    /// after every save in `serve`.
    func json() -> Data {
        // Room for all of it at once (a posting takes a character or two, a page's entry some
        // 300 bytes), filled from a small buffer: built in one array and then copied, the index
        // would be held twice at once. Room never written to costs no memory.
        var data = Data(capacity: pages.count * 512 + terms.reduce(0) { $0 + $1.postings.count * 4 + $1.term.utf8.count + 4 } + 4096)
        var out: [UInt8] = []
        out.reserveCapacity(1 << 16)
        func flush(_ all: Bool = false) {
            guard all || out.count >= 1 << 16 else { return }
            data.append(contentsOf: out)
            out.removeAll(keepingCapacity: true)
        }
        out += Array(#"{"pages":["#.utf8)
        for (index, page) in pages.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            Self.appendEntry(page, to: &out)
            flush()
        }
        // Posting digits and spaces never need escaping.
        out += Array(#"],"postings":""#.utf8)
        for (index, term) in terms.enumerated() {
            if index > 0 { out.append(UInt8(ascii: " ")) }
            Self.appendPostingList(term.postings, to: &out)
            flush()
        }
        out += Array(#"","terms":"#.utf8)
        Self.quote(Self.frontCoded(terms.map(\.term)), to: &out)
        out += Array(#","version":\#(Self.version)}"#.utf8)
        out.append(UInt8(ascii: "\n"))
        flush(true)
        return data
    }

    /// A page's entry as a JSON object, its keys sorted.
    static func appendEntry(_ page: Entry, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        if let date = page.date {
            out += Array(#""date":"#.utf8)
            quote(date, to: &out)
            out.append(UInt8(ascii: ","))
        }
        out += Array(#""summary":"#.utf8)
        quote(page.summary, to: &out)
        out += Array(#","tags":["#.utf8)
        for (index, tag) in page.tags.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            quote(tag, to: &out)
        }
        out += Array(#"],"title":"#.utf8)
        quote(page.title, to: &out)
        out += Array(#","url":"#.utf8)
        quote(page.url, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// A JSON string as `JSONEncoder` writes one with `.withoutEscapingSlashes`.
    static func quote(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), byte]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case ..<0x20:
                let hex = String(byte, radix: 16)
                out += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
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
            appendPostingList(list, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func appendPostingList(_ list: [Posting], to bytes: inout [UInt8]) {
        var previous = 0
        for posting in list {
            appendNumber((posting.page - previous) << 2 | Int(posting.weight.rawValue), to: &bytes)
            previous = posting.page
        }
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
