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

    private struct Document: Encodable {
        var version: Int
        var pages: [Entry]
        var terms: String
        var postings: String
    }

    /// The index as JSON; the same site gives the same bytes.
    func json() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let document = Document(version: Self.version, pages: pages,
                                terms: Self.frontCoded(terms.map(\.term)), postings: Self.postingLists(terms.map(\.postings)))
        // Encoding strings, numbers and arrays of them cannot fail.
        var data = (try? encoder.encode(document)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
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
        var groups = [number & 31]
        var rest = number >> 5
        while rest > 0 {
            groups.append(rest & 31)
            rest >>= 5
        }
        for (position, group) in groups.enumerated().reversed() {
            bytes.append(digits[position == 0 ? group : 32 + group])
        }
    }
}
