import Foundation
import Testing

/// A build removes or replaces only files that sitegen wrote, never the sources, and two builds
/// into one folder take turns.
@Suite("sitegen build: a user's files come first")
struct OutputSafetyTests {
    static let pages = [
        "Content/articles/a.md": "---\ntitle: A\ndate: 2026-01-05\n---\nA.\n",
        "Content/articles/b.md": "---\ntitle: B\ndate: 2026-01-06\n---\nB.\n",
    ]

    @Test("an output folder holding files sitegen did not write is refused, unless --clean-output")
    func foreignFiles() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages))
        defer { site.remove() }
        let docs = site.sandbox.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs.appendingPathComponent("photos"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: docs.appendingPathComponent("thesis.tex"))
        try Data("jpeg".utf8).write(to: docs.appendingPathComponent("photos/a.jpg"))
        let before = try TreeSnapshot(of: site.sandbox)

        let refused = try site.build("--output", docs.path)
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("\(docs.path): error: the output folder holds 2 files that sitegen did not write: 'photos/a.jpg', 'thesis.tex'"),
                "\(refused.stderr)")
        #expect(refused.stderr.contains("--clean-output"))
        #expect(try TreeSnapshot(of: site.sandbox).changes(since: before) == [], "nothing written, nothing removed")

        let cleaned = try site.build("--output", docs.path, "--clean-output")
        #expect(cleaned.status == 0, "\(cleaned)")
        #expect(!FileManager.default.fileExists(atPath: docs.appendingPathComponent("thesis.tex").path))
        #expect(!FileManager.default.fileExists(atPath: docs.appendingPathComponent("photos").path))

        // Its own files are its to remove: a page deleted goes with its folder, with no flag.
        try site.delete("Content/articles/b.md")
        let rebuilt = try site.build("--output", docs.path)
        #expect(rebuilt.status == 0, "\(rebuilt)")
        #expect(!FileManager.default.fileExists(atPath: docs.appendingPathComponent("articles/b").path))

        // A file dropped in later is refused again.
        try Data("mine".utf8).write(to: docs.appendingPathComponent("notes.txt"))
        try site.write(["Content/articles/c.md": "---\ntitle: C\ndate: 2026-01-07\n---\nC.\n"])
        let again = try site.build("--output", docs.path)
        #expect(again.status == 1, "\(again)")
        #expect(try String(contentsOf: docs.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    @Test("--output naming the sources through a symbolic link is refused, and nothing is deleted",
          arguments: ["shared-content", "link-to-content", "shared-content/articles"])
    func symlinkedSources(output: String) throws {
        let site = try SiteFixture(MinimalSite.with([:]))
        defer { site.remove() }
        let shared = site.sandbox.appendingPathComponent("shared-content")
        try FileManager.default.createDirectory(at: shared.appendingPathComponent("articles"), withIntermediateDirectories: true)
        try Data(Self.pages["Content/articles/a.md"]!.utf8).write(to: shared.appendingPathComponent("articles/a.md"))
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Content").path, withDestinationPath: "../shared-content")
        try FileManager.default.createSymbolicLink(atPath: site.sandbox.appendingPathComponent("link-to-content").path,
                                                   withDestinationPath: "site/Content")
        let before = try TreeSnapshot(of: site.sandbox)

        let run = try site.build("--output", site.sandbox.appendingPathComponent(output).path)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("error: refusing to build into"), "\(run.stderr)")
        #expect(try TreeSnapshot(of: site.sandbox).changes(since: before) == [])
    }

    @Test("what a killed build left beside the output is cleared by the next build")
    func leftovers() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages))
        defer { site.remove() }
        #expect(try site.build().status == 0)
        try site.write([".Public.staging-4242/articles/a/index.html": "half", ".Public.sitegen/staging/7": "staged",
                        ".Public.sitegen/lock": "4242\n", ".Public.edit-77": "edit"])
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        // The image cache, the one folder sitegen writes besides the output, holds the pages' social cards.
        #expect(names == [".sitegen-cache", "Content", "Public", "Templates", "site.yaml"])
    }

    @Test("two builds from different sites into one folder at once take turns: the folder is one site whole",
          arguments: 1...4)
    func concurrentBuilds(round: Int) throws {
        // Enough pages that the two builds overlap.
        var pages = Self.pages
        for index in 0..<400 { pages["Content/articles/p\(index).md"] = "---\ntitle: P\(index)\ndate: 2026-01-05\n---\nP.\n" }
        let one = try SiteFixture(MinimalSite.with(pages))
        defer { one.remove() }
        var otherPages = pages
        otherPages["Content/articles/b.md"] = nil
        otherPages["Content/notes/n.md"] = "---\ntitle: N\ndate: 2026-02-01\ntags: [x]\n---\nN.\n"
        otherPages["Templates/page.mustache"] = MinimalSite.templates["Templates/page.mustache"]!.replacingOccurrences(of: "<body>", with: "<body>\n<p>two</p>")
        let two = try SiteFixture(MinimalSite.with(otherPages))
        defer { two.remove() }
        let shared = one.sandbox.appendingPathComponent("out")
        #expect(try one.build("--output", one.sandbox.appendingPathComponent("ref").path).status == 0)
        #expect(try two.build("--output", two.sandbox.appendingPathComponent("ref").path).status == 0)
        let references = [try TreeSnapshot(of: one.sandbox.appendingPathComponent("ref")),
                          try TreeSnapshot(of: two.sandbox.appendingPathComponent("ref"))]
        // A first build of one, so that the folder exists and the second round replaces files.
        if round.isMultiple(of: 2) { #expect(try one.build("--output", shared.path).status == 0) }

        let runs = LockedRuns()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            let site = index == 0 ? one : two
            runs.append(Result { try site.build("--output", shared.path) })
        }
        for run in runs.all {
            let run = try run.get()
            #expect(run.status == 0, "\(run)")
        }
        let result = try TreeSnapshot(of: shared)
        #expect(references.contains(result), "a mix: \(result.changes(since: references[0]))")
    }
}

/// Results gathered from threads.
final class LockedRuns: @unchecked Sendable {
    private let lock = NSLock()
    private var runs: [Result<Sitegen.Run, any Error>] = []

    func append(_ run: Result<Sitegen.Run, any Error>) { lock.withLock { runs.append(run) } }
    var all: [Result<Sitegen.Run, any Error>] { lock.withLock { runs } }
}
