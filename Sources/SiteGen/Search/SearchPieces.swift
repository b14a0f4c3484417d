import Foundation

/// The index as the search page's script loads it: in pieces, so that a query on a site of any
/// size downloads the pieces of its own terms and of the results it shows, not the whole index.
///
/// - Term pieces, `t.<digest>.json`: `{"postings":…,"terms":…}` in `search.json`'s encodings
///   (`SearchIndex+JSON.swift`), the index's terms in UTF-16 order cut into runs of tens of
///   kilobytes. A term is in the last piece whose first term is not after it; the terms that
///   start with a prefix are in that piece and in the pieces after it whose first term starts
///   with the prefix too.
/// - Page pieces, `p.<digest>.json`: `{"pages":[…]}`, the entries of `Limits.pagesPerPiece` pages each.
///
/// Pages are numbered from the oldest (0) to the newest, the reverse of `search.json`'s order, so
/// that a new page leaves the numbers of the others, and the pieces that hold them, as they were.
/// A term piece ends at a term chosen by its text (its digest's low bits all zero, once the
/// piece is large enough) rather than by a running count of bytes, so that an edited page changes
/// the pieces of its own terms and not every piece after them.
///
/// `manifest.json` names the pieces by their digests:
///
///     {"pagePieces":["<digest>"…],"pages":<count>,"perPiece":24,
///      "termPieces":["<digest>"…],"termStarts":["",<first term of each piece after the first>…],"version":2}
///
/// The manifest keeps its name, so that the search page does not change with every edit; the
/// script asks the host to revalidate it, and since a piece is named by its content, the pieces a
/// manifest names are always those of its own build. An index whose pieces come to less than
/// `Limits.inlineLimit` is one term piece and one page piece, written in the manifest in place of their
/// digests: one request for a small site.
struct SearchPieces: Sendable {
    /// A file of the index, named by its content.
    struct Piece: Sendable, Equatable, Digestible {
        var name: String
        var bytes: Data

        /// The name covers the bytes: a piece's job is keyed by what it holds.
        func add(to key: inout ContentDigest.Builder) {
            key.add(name)
        }
    }

    /// How large pieces are.
    struct Limits: Sendable {
        var pagesPerPiece = 24
        /// Bytes of terms and postings a term piece holds before it may end, and at most (unless
        /// one term's postings are more); gzip makes them a third or less.
        var termPieceMinimum = 12 << 10
        var termPieceMaximum = 48 << 10
        /// A piece may end after a term whose digest has these bits all zero.
        var boundaryMask: UInt64 = (1 << 9) - 1
        /// Below this many bytes in all, the manifest holds the index.
        var inlineLimit = 32 << 10
    }

    static let folder = "search-index"
    static let manifestName = "manifest.json"
    static let version = 2

    /// `manifest.json`'s bytes.
    let manifest: Data
    /// Every piece's file, term pieces first; none when the manifest holds them.
    let pieces: [Piece]
    /// The first term of each term piece, the first one's written as "".
    let termStarts: [String]

    init(_ index: SearchIndex, limits: Limits = Limits()) {
        let count = index.pages.count
        // Each term's postings, numbered from the oldest page.
        let lists: [[UInt8]] = index.terms.map { term in
            var bytes: [UInt8] = []
            SearchIndex.appendPostingList(term.postings.reversed().map {
                SearchIndex.Posting(page: count - 1 - $0.page, weight: $0.weight)
            }, to: &bytes)
            return bytes
        }
        let entries: [[UInt8]] = (0..<count).map { number in
            var bytes: [UInt8] = []
            SearchIndex.appendEntry(index.pages[count - 1 - number], to: &bytes)
            return bytes
        }
        let termBytes = zip(index.terms, lists).reduce(0) { $0 + $1.0.term.utf8.count + $1.1.count + 2 }
        let inline = termBytes + entries.reduce(0) { $0 + $1.count + 1 } <= limits.inlineLimit

        var runs: [Range<Int>] = []
        if inline {
            runs = [0..<index.terms.count]
        } else {
            var start = 0
            var size = 0
            for (position, term) in index.terms.enumerated() {
                size += term.term.utf8.count + lists[position].count + 2
                if size >= limits.termPieceMaximum
                    || size >= limits.termPieceMinimum && Self.scrambled(ContentDigest(term.term).value) & limits.boundaryMask == 0 {
                    runs.append(start..<position + 1)
                    (start, size) = (position + 1, 0)
                }
            }
            if start < index.terms.count || runs.isEmpty { runs.append(start..<index.terms.count) }
        }
        let perPiece = inline ? max(count, 1) : limits.pagesPerPiece
        let termPieces = runs.map { run in
            Self.termPiece(index.terms[run].map(\.term), lists: lists[run])
        }
        let pagePieces = stride(from: 0, to: max(count, 1), by: perPiece).map { first in
            Self.pagePiece(entries[min(first, count)..<min(first + perPiece, count)])
        }
        termStarts = runs.enumerated().map { $0.offset == 0 ? "" : index.terms[$0.element.lowerBound].term }

        var out: [UInt8] = []
        func list(_ pieces: [Data], prefix: String) -> [Piece] {
            pieces.map { Piece(name: "\(prefix).\(Self.name($0)).json", bytes: $0) }
        }
        let named = (terms: list(termPieces, prefix: "t"), pages: list(pagePieces, prefix: "p"))
        func refer(_ pieces: [Piece], inlined: [Data]) {
            out.append(UInt8(ascii: "["))
            for (number, piece) in pieces.enumerated() {
                if number > 0 { out.append(UInt8(ascii: ",")) }
                if inline { out += inlined[number] } else { SearchIndex.quote(Self.digest(of: piece.name), to: &out) }
            }
            out.append(UInt8(ascii: "]"))
        }
        out += Array(#"{"pagePieces":"#.utf8)
        refer(named.pages, inlined: pagePieces)
        out += Array(#","pages":\#(count),"perPiece":\#(perPiece),"termPieces":"#.utf8)
        refer(named.terms, inlined: termPieces)
        out += Array(#","termStarts":["#.utf8)
        for (number, start) in termStarts.enumerated() {
            if number > 0 { out.append(UInt8(ascii: ",")) }
            SearchIndex.quote(start, to: &out)
        }
        out += Array(#"],"version":\#(Self.version)}"#.utf8)
        out.append(UInt8(ascii: "\n"))
        manifest = Data(out)
        pieces = inline ? [] : named.terms + named.pages
    }

    /// The term piece that holds `term`, if the index has it: the last whose first term is not
    /// after it.
    func piece(of term: String) -> Int {
        var (low, high) = (0, termStarts.count)
        while high - low > 1 {
            let middle = (low + high) / 2
            if term.utf16.lexicographicallyPrecedes(termStarts[middle].utf16) { high = middle } else { low = middle }
        }
        return low
    }

    /// The term pieces that hold every term starting with `prefix`.
    func pieces(withPrefix prefix: String) -> ClosedRange<Int> {
        let first = piece(of: prefix)
        var last = first
        while last + 1 < termStarts.count, termStarts[last + 1].utf16.starts(with: prefix.utf16) { last += 1 }
        return first...last
    }

    static func termPiece(_ terms: [String], lists: ArraySlice<[UInt8]>) -> Data {
        var out = Array(#"{"postings":""#.utf8)
        for (number, list) in lists.enumerated() {
            if number > 0 { out.append(UInt8(ascii: " ")) }
            out += list
        }
        out += Array(#"","terms":"#.utf8)
        SearchIndex.quote(SearchIndex.frontCoded(terms), to: &out)
        out += Array("}\n".utf8)
        return Data(out)
    }

    static func pagePiece(_ entries: ArraySlice<[UInt8]>) -> Data {
        var out = Array(#"{"pages":["#.utf8)
        for (number, entry) in entries.enumerated() {
            if number > 0 { out.append(UInt8(ascii: ",")) }
            out += entry
        }
        out += Array("]}\n".utf8)
        return Data(out)
    }

    /// Ten hexadecimal digits of the content's digest: enough that two versions of a piece do
    /// not share a name, and short, since the manifest, which every query loads, lists them all.
    static func name(_ bytes: Data) -> String {
        let hex = String(ContentDigest(bytes).value, radix: 16)
        return String((String(repeating: "0", count: 16 - hex.count) + hex).prefix(10))
    }

    /// The digest with every bit depending on every other (splitmix64's finish): the digest's low
    /// bits alone follow a short term's last bytes too closely to pick ends at random.
    static func scrambled(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ value >> 30) &* 0xbf58_476d_1ce4_e5b9
        value = (value ^ value >> 27) &* 0x94d0_49bb_1331_11eb
        return value ^ value >> 31
    }

    /// `t.<digest>.json` → `<digest>`.
    static func digest(of name: String) -> String {
        String(name.dropFirst(2).dropLast(5))
    }
}
