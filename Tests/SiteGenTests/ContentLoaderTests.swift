import Foundation
import Testing
@testable import SiteGen

@Suite("Content loader: which files are pages")
struct ContentLoaderTests {
    static let page = "---\ntitle: A\n---\nText\n"

    /// Writes `text` at `path` under `root`, the name's bytes as they are.
    static func writeRaw(_ root: URL, _ path: String, _ text: String = page) throws {
        let descriptor = open(root.path + "/" + path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        _ = Array(text.utf8).withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }

    @Test("one name in two Unicode forms is an error, also where sources are kept by path (serve), and is then forgotten")
    func sameNameInTwoForms() throws {
        let site = try TemporarySite(files: ["Content/other.md": Self.page])
        defer { site.remove() }
        try Self.writeRaw(site.root, "Content/caf\u{E9}.md")
        try Self.writeRaw(site.root, "Content/cafe\u{301}.md")
        let (content, problems, sources) = ContentLoader.load(root: site.root, config: SiteConfig(title: "T"), previous: [:])
        #expect(content.pages.count == 3)
        #expect(problems.map(\.message) == ["Content/cafe\u{301}.md (decomposed) and Content/caf\u{E9}.md (composed) would both write /caf\u{E9}/"])
        #expect(sources.isEmpty)
    }

    @Test("a name saved beside the same name in another Unicode form makes the folder be listed again")
    func knownFilesInAnotherForm() throws {
        let site = try TemporarySite(files: ["Content/other.md": Self.page])
        defer { site.remove() }
        try Self.writeRaw(site.root, "Content/caf\u{E9}.md")
        let (_, problems, sources) = ContentLoader.load(root: site.root, config: SiteConfig(title: "T"), previous: [:])
        #expect(problems.isEmpty)
        try Self.writeRaw(site.root, "Content/cafe\u{301}.md")
        #expect(ContentLoader.knownFiles(root: site.root, previous: sources, changed: ["Content/cafe\u{301}.md"]) == nil)
        #expect(ContentLoader.knownFiles(root: site.root, previous: sources, changed: ["Content/other.md"])?.count == 2)
    }

    @Test("a page replaced by a link is judged by a new listing; a link outside the site is never read")
    func changedToALink() throws {
        let site = try TemporarySite(files: ["Content/a.md": Self.page, "Content/b.md": Self.page])
        defer { site.remove() }
        let config = SiteConfig(title: "T")
        let (_, _, sources) = ContentLoader.load(root: site.root, config: config, previous: [:])
        let secret = site.root.deletingLastPathComponent().appendingPathComponent("secret-\(UUID().uuidString).md")
        try "---\ntitle: SECRET\n---\nSECRET\n".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Content/b.md"))
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content/b.md").path, withDestinationPath: secret.path)
        #expect(ContentLoader.knownFiles(root: site.root, previous: sources, changed: ["Content/b.md"]) == nil)
        let read = ContentLoader.read("Content/b.md", root: site.root, config: config, previous: sources["Content/b.md"])
        guard case .failure(let failure) = read.parsed else {
            Issue.record("a link outside the site was read")
            return
        }
        #expect(failure.diagnostics.map(\.message) == ["a symbolic link to a file outside the site; not read"])
        let (content, problems, _) = ContentLoader.load(root: site.root, config: config, previous: sources, changed: ["Content/b.md"])
        #expect(problems.isEmpty)
        #expect(content.pages.map(\.sourcePath) == ["Content/a.md"])
        #expect(content.warnings.map(\.description) == ["Content/b.md: warning: a symbolic link to a file outside the site; left out\n"
            + "  hint: copy the file into the site's folder, or link to one inside it"])
    }

    @Test("links inside the site are followed, into folders too; links that fan out without end stop at a limit")
    func linksInside() throws {
        let site = try TemporarySite(files: ["Content/a/x.md": Self.page, "Drafts/y.md": Self.page])
        defer { site.remove() }
        let link = { (path: String, to: String) in
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent(path).path, withDestinationPath: to)
        }
        try link("Content/b", "a")
        try link("Content/drafts", "../Drafts")
        try link("Content/a/z.md", "x.md")
        let walk = FolderListing.walk(under: "Content", in: site.root.path)
        #expect(walk.files == ["Content/a/x.md", "Content/a/z.md", "Content/b/x.md", "Content/b/z.md", "Content/drafts/y.md"])
        #expect(walk.skipped.isEmpty)
    }

    @Test("folders linked two to a folder, each to the next, are walked up to the limit and named where the walk stopped")
    func linksFanningOut() throws {
        let site = try TemporarySite(files: ["Content/d0/p.md": Self.page])
        defer { site.remove() }
        // 2^15 ways down through 15 folders.
        for level in 0..<15 {
            let folder = site.root.appendingPathComponent("Content/d\(level)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in ["l", "r"] {
                try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent(name).path, withDestinationPath: "../d\(level + 1)")
            }
        }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Content/d15"), withIntermediateDirectories: true)
        let walk = FolderListing.walk(under: "Content", in: site.root.path)
        #expect(walk.skipped.count == 1)
        #expect(walk.skipped.first?.reason == .tooManyLinkedFolders)
    }
}
