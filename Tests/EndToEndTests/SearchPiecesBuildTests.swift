import Foundation
import SiteGen
import Testing

/// The search index in pieces as `sitegen build` writes it: every piece the manifest names and
/// no other, each named by its content, the same bytes from a clean build, and after an edit of
/// one page only the pieces that hold what changed.
@Suite("sitegen build: the search index in pieces")
struct SearchPiecesBuildTests {
    /// 300 pages, each with words of its own: more than the manifest holds inline, in several term pieces.
    static func pages(editing edited: Int? = nil) -> [String: String] {
        let words = ["harbor", "lantern", "melody", "river", "stone", "静态网站", "社区", "quiet", "marble", "signal"]
        var files: [String: String] = [:]
        for i in 0..<300 {
            let body = (0..<8).map { words[(i * 3 + $0 * 7) % words.count] }.joined(separator: " ")
                + (0..<40).map { " word\(i)x\($0)" }.joined() + "."
            let extra = i == edited ? "\n\nword\(i)y word\(i)z" : ""
            files["Content/articles/page-\(i).md"] = """
                ---
                title: Page \(i) \(words[i % words.count])
                date: 2025-\(String(format: "%02d", i / 28 + 1))-\(String(format: "%02d", i % 28 + 1))
                ---
                \(body)\(extra)

                """
        }
        return files
    }

    struct Manifest: Decodable {
        var pagePieces: [String]
        var termPieces: [String]
        var termStarts: [String]
        var pages: Int
        var version: Int
    }

    static func pieces(_ folder: URL) throws -> (manifest: Manifest, files: [String: Data]) {
        let index = folder.appendingPathComponent("search-index")
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: index.path) {
            files[name] = try Data(contentsOf: index.appendingPathComponent(name))
        }
        let manifest = try JSONDecoder().decode(Manifest.self, from: try #require(files["manifest.json"]))
        return (manifest, files)
    }

    @Test("the manifest names exactly the pieces written, each named by its content; a clean build gives the same bytes; an edit rewrites only the pieces of its new words")
    func piecesOfABuild() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages()))
        defer { site.remove() }
        let first = try site.build()
        try #require(first.status == 0, "\(first)")
        let (manifest, files) = try Self.pieces(site.publicFolder)
        #expect(manifest.version == 2 && manifest.pages == 300 && manifest.pagePieces.count > 1)
        let named = Set(manifest.termPieces.map { "t.\($0).json" } + manifest.pagePieces.map { "p.\($0).json" } + ["manifest.json"])
        #expect(Set(files.keys) == named)
        for (name, bytes) in files where name != "manifest.json" {
            let hex = String(ContentDigest(bytes).value, radix: 16)
            #expect(name.dropFirst(2).dropLast(5) == (String(repeating: "0", count: 16 - hex.count) + hex).prefix(10), "\(name)")
        }

        let cleanFolder = site.sandbox.appendingPathComponent("Clean")
        let clean = try site.build("--output", cleanFolder.path)
        try #require(clean.status == 0, "\(clean)")
        #expect(try Self.pieces(cleanFolder).files == files, "the same site, the same pieces")

        let before = try TreeSnapshot(of: site.publicFolder.appendingPathComponent("search-index"))
        try site.write(Self.pages(editing: 150).filter { $0.key == "Content/articles/page-150.md" })
        let edited = try site.build()
        try #require(edited.status == 0, "\(edited)")
        let after = try Self.pieces(site.publicFolder)
        #expect(Set(after.files.keys) == Set(after.manifest.termPieces.map { "t.\($0).json" }
            + after.manifest.pagePieces.map { "p.\($0).json" } + ["manifest.json"]), "the older pieces are gone")
        let changes = try TreeSnapshot(of: site.publicFolder.appendingPathComponent("search-index")).changes(since: before)
        // The page's entry is as it was (its summary is its first paragraph); its new words are
        // beside its own words, in one term piece, or two.
        #expect(!changes.contains { $0.contains(" p.") }, "\(changes)")
        #expect(changes.contains("~ manifest.json") && changes.filter { $0.hasPrefix("+ t.") }.count <= 2, "\(changes)")
        #expect(changes.filter { $0.hasPrefix("+ t.") }.count < manifest.termPieces.count, "\(changes)")
    }
}
