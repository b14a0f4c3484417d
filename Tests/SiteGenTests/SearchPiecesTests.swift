import Foundation
import Testing
@testable import SiteGen

/// The index in pieces: each term in one piece, found where the manifest says, prefixes in the
/// pieces of their range, pages numbered from the oldest, and an edit confined to its pieces.
@Suite("Search index in pieces")
struct SearchPiecesTests {
    /// Small pieces, so that a few hundred pages make dozens of them.
    static let small = SearchPieces.Limits(pagesPerPiece: 8, termPieceMinimum: 400, termPieceMaximum: 4000,
                                           boundaryMask: 15, inlineLimit: 1000)

    /// `count` pages of words drawn from a fixed list (so that terms share prefixes), each page
    /// also with a word of its own; page i is dated i days after the first.
    static func pages(_ count: Int, edit: (Int, String)? = nil) -> [(title: String, date: String, body: String)] {
        let words = ["melody", "melodies", "melon", "memory", "mesa", "river", "rivet", "stone", "story", "storm",
                     "小米", "米粉", "图书馆", "静态网站", "社区"]
        let start = ISO8601DateFormatter().date(from: "2020-01-01T00:00:00Z")!
        return (0..<count).map { i in
            let date = ISO8601DateFormatter().string(from: start.addingTimeInterval(Double(i) * 86_400)).prefix(10)
            var body = (0..<6).map { words[(i * 7 + $0 * 3) % words.count] }.joined(separator: " ") + " own\(i)word"
            if let (page, extra) = edit, page == i { body += "\n\n" + extra }
            return ("Page \(i)", String(date), body)
        }
    }

    static func pieces(_ count: Int, edit: (Int, String)? = nil, limits: SearchPieces.Limits = small)
        -> (index: SearchIndex, pieces: SearchPieces) {
        let index = SearchIndexTests.index(SearchIndexTests.site(pages(count, edit: edit)))
        return (index, SearchPieces(index, limits: limits))
    }

    struct Manifest: Decodable {
        var pagePieces: [String]
        var pages: Int
        var perPiece: Int
        var termPieces: [String]
        var termStarts: [String]
        var version: Int
    }

    /// Each term piece's terms with their posting lists, in piece order.
    static func termPieces(_ pieces: SearchPieces) throws -> [[(term: String, postings: [Int: Int])]] {
        let manifest = try JSONDecoder().decode(Manifest.self, from: pieces.manifest)
        return try manifest.termPieces.map { digest in
            let piece = try #require(pieces.pieces.first { $0.name == "t.\(digest).json" })
            let object = try #require(try JSONSerialization.jsonObject(with: piece.bytes) as? [String: String])
            var out: [(String, [Int: Int])] = []
            var previous: [UInt16] = []
            let lists = (object["postings"] ?? "").split(separator: " ", omittingEmptySubsequences: false)
            for (entry, list) in zip((object["terms"] ?? "").split(separator: " "), lists) {
                let term = Array(previous.prefix(Int(String(entry.prefix(1)), radix: 36) ?? 0)) + Array(entry.dropFirst().utf16)
                out.append((String(decoding: term, as: UTF16.self), DecodedSearchIndex.postings(String(list))))
                previous = term
            }
            return out
        }
    }

    @Test("every term is in exactly one piece, the one the manifest's first terms point to, with its pages numbered from the oldest")
    func everyTermOnce() throws {
        let (index, pieces) = Self.pieces(300)
        let decoded = try Self.termPieces(pieces)
        #expect(decoded.count > 6)
        #expect(decoded.flatMap { $0.map(\.term) } == index.terms.map(\.term))
        for (number, piece) in decoded.enumerated() {
            for entry in piece {
                #expect(pieces.piece(of: entry.term) == number, "\(entry.term)")
            }
        }
        let count = index.pages.count
        for (term, piece) in zip(index.terms, decoded.flatMap { $0 }) {
            let expected = Dictionary(uniqueKeysWithValues: term.postings.map { (count - 1 - $0.page, Int($0.weight.rawValue)) })
            #expect(piece.postings == expected, "\(term.term)")
        }
    }

    @Test("a query's pieces are those of its terms", arguments: ["melody", "own17word", "米粉", "图书", "zzz", "a"])
    func queryPieces(term: String) throws {
        let (_, pieces) = Self.pieces(300)
        let decoded = try Self.termPieces(pieces)
        let holding = decoded.indices.filter { decoded[$0].contains { $0.term == term } }
        let number = pieces.piece(of: term)
        #expect(holding.isEmpty || holding == [number])
        // A term not in the index would have been in that piece: between its first term and the next's.
        #expect(number == 0 || !term.utf16.lexicographicallyPrecedes(pieces.termStarts[number].utf16))
        #expect(number + 1 == pieces.termStarts.count || term.utf16.lexicographicallyPrecedes(pieces.termStarts[number + 1].utf16))
    }

    @Test("the pieces of a prefix hold every term that starts with it", arguments: ["mel", "me", "own1", "own", "riv", "米", "x"])
    func prefixPieces(prefix: String) throws {
        let (index, pieces) = Self.pieces(300)
        let decoded = try Self.termPieces(pieces)
        let range = pieces.pieces(withPrefix: prefix)
        let found = range.flatMap { decoded[$0] }.map(\.term).filter { $0.hasPrefix(prefix) }
        #expect(found == index.terms.map(\.term).filter { $0.hasPrefix(prefix) })
        // None of the pieces before or after the range holds one.
        let outside = decoded.indices.filter { !range.contains($0) }.flatMap { decoded[$0] }
        #expect(!outside.contains { $0.term.hasPrefix(prefix) })
    }

    @Test("page pieces hold the entries by number, the oldest page 0")
    func pagePieces() throws {
        let (index, pieces) = Self.pieces(300)
        let manifest = try JSONDecoder().decode(Manifest.self, from: pieces.manifest)
        #expect(manifest.pages == 300 && manifest.perPiece == 8 && manifest.pagePieces.count == 38)
        var titles: [String] = []
        for digest in manifest.pagePieces {
            let piece = try #require(pieces.pieces.first { $0.name == "p.\(digest).json" })
            let object = try #require(try JSONSerialization.jsonObject(with: piece.bytes) as? [String: [[String: Any]]])
            titles += (object["pages"] ?? []).compactMap { $0["title"] as? String }
        }
        #expect(titles == index.pages.map(\.title).reversed())
        #expect(titles.first == "Page 0")
    }

    @Test("a piece is named by its content, and the same index gives the same files")
    func namesAndDeterminism() throws {
        let (_, first) = Self.pieces(200)
        let (_, second) = Self.pieces(200)
        #expect(first.manifest == second.manifest && first.pieces == second.pieces)
        for piece in first.pieces {
            #expect(piece.name.dropFirst(2).prefix(10) == SearchPieces.name(piece.bytes))
        }
        #expect(Set(first.pieces.map(\.name)).count == first.pieces.count)
    }

    @Test("an edit of one page changes the pieces of its new terms, not the others; a new page adds to few pieces")
    func editsStayLocal() throws {
        let (_, before) = Self.pieces(300)
        let (_, edited) = Self.pieces(300, edit: (120, (0..<40).map { "aardvark\($0)" }.joined(separator: " ")))
        let changed = Set(edited.pieces.map(\.name)).subtracting(before.pieces.map(\.name))
        // The first pieces, which now hold the new words (first of all terms, so that pieces
        // cut by a count of bytes would move every cut after them); the page's entry is as it
        // was (its summary is its first paragraph).
        let termPieces = edited.termStarts.count
        #expect(changed.count <= 3 && changed.count * 2 < termPieces, "\(changed.count) of \(termPieces) term pieces")
        let (_, added) = Self.pieces(301)
        let new = Set(added.pieces.map(\.name)).subtracting(before.pieces.map(\.name))
        // The newest page piece, and the pieces of the terms the new page holds.
        #expect(new.count <= 12 && new.count < added.pieces.count / 4, "\(new.count) of \(added.pieces.count)")
    }

    @Test("a small index is held by the manifest itself")
    func smallIndexInline() throws {
        let (index, pieces) = Self.pieces(3, limits: SearchPieces.Limits())
        #expect(pieces.pieces.isEmpty && pieces.termStarts == [""])
        let object = try #require(try JSONSerialization.jsonObject(with: pieces.manifest) as? [String: Any])
        let terms = try #require((object["termPieces"] as? [[String: String]])?.first)
        #expect(terms["terms"]?.hasPrefix("0") == true)
        let pages = try #require((object["pagePieces"] as? [[String: [Any]]])?.first?["pages"])
        #expect(pages.count == index.pages.count && object["perPiece"] as? Int == 3)
    }
}
