import Foundation
import Testing
@testable import SiteGen

/// `sitegen build` with nothing changed since the build that wrote the output reads nothing but
/// stamps and records; any change to the inputs or to the output makes it build, and the result
/// still equals a clean build.
@Suite("Unchanged site")
struct UnchangedSiteTests {
    /// A copy of the fixture whose files were all written an hour ago, built once as `sitegen
    /// build` builds; with its page dated in the future, so that the build has no notes.
    static func builtSite() throws -> (root: URL, options: BuildOptions) {
        let root = try IncrementalBuildTests.copyFixture()
        try settle(root)
        let options = BuildOptions(root: root, output: root.appendingPathComponent("Public"), includeFuture: true, now: IncrementalBuildTests.now)
        let first = try SiteBuilder.build(options, store: BuildStore(.outputRecords))
        #expect(first.notes.isEmpty, "the fixture builds without notes: \(first.notes)")
        return (root, options)
    }

    /// Dates every source an hour back, as if saved well before the build.
    static func settle(_ root: URL) throws {
        let past = Date().addingTimeInterval(-3600)
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            try FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: root.appendingPathComponent(path).path)
        }
    }

    static func build(_ options: BuildOptions) throws -> (report: BuildReport, read: Bool) {
        let report = try SiteBuilder.build(options, store: BuildStore(.outputRecords))
        return (report, report.readSources)
    }

    static func expectClean(_ root: URL, _ options: BuildOptions, _ comment: Comment) throws {
        let clean = root.appendingPathComponent("Clean")
        try? FileManager.default.removeItem(at: clean)
        var cleanOptions = options
        cleanOptions.output = clean
        try SiteBuilder.build(cleanOptions)
        #expect(try FileTree.read(options.outputFolder) == FileTree.read(clean), comment)
    }

    @Test("a second build with nothing changed reads no source and writes nothing, and says what the site has")
    func nothingChanged() throws {
        let (root, options) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let (first, _) = try Self.build(options)
        let (again, read) = try Self.build(options)
        #expect(!read)
        #expect(again.filesWritten == 0 && again.filesRemoved == 0)
        #expect((again.pages, again.sections, again.tags, again.files) == (first.pages, first.sections, first.tags, first.files))
        #expect(again.pages > 0)
    }

    @Test("each change to the inputs or the output is built, and the output equals a clean build",
          arguments: ["edit a page", "add a page", "edit an asset", "drafts on", "edit an output file", "delete an output file",
                      "add an output file", "build as of an earlier day", "future pages off"])
    func changesAreBuilt(change: String) throws {
        let (root, built) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = built
        let output = options.outputFolder
        // A source edited is dated back, so that it is not left out as too fresh to vouch for.
        func write(_ text: String, to path: String) throws {
            let url = root.appendingPathComponent(path)
            try text.write(to: url, atomically: false, encoding: .utf8)
            try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: url.path)
        }
        switch change {
        case "edit a page":
            let page = "Content/campaigns/city-cup.md"
            try write(String(contentsOf: root.appendingPathComponent(page), encoding: .utf8) + "\nOne more line.\n", to: page)
        case "add a page": try write("---\ntitle: Added\ndate: 2021-07-30\n---\nNew.\n", to: "Content/campaigns/added.md")
        case "edit an asset": try write("body { color: red }\n", to: "Templates/assets/site.css")
        case "drafts on": options.includeDrafts = true
        case "future pages off": options.includeFuture = false
        case "edit an output file": try "edited".write(to: output.appendingPathComponent("tags/index.html"), atomically: false, encoding: .utf8)
        case "delete an output file": try FileManager.default.removeItem(at: output.appendingPathComponent("campaigns/index.html"))
        case "add an output file":
            try "stray".write(to: output.appendingPathComponent("stray.html"), atomically: false, encoding: .utf8)
            // A file sitegen did not write is removed only when the build is told it may be.
            #expect(throws: BuildFailure.self) { try Self.build(options) }
            options.cleanOutput = true
        default: options.now = options.now.addingTimeInterval(-86400 * 365 * 3)
        }
        let (_, read) = try Self.build(options)
        #expect(read, "\(change): built")
        try Self.expectClean(root, options, "\(change)")
    }

    @Test("a source saved within the last second is not vouched for: the build after it reads the sources again")
    func freshSourcesAreNotTrusted() throws {
        let (root, options) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let page = root.appendingPathComponent("Content/campaigns/city-cup.md")
        try (String(contentsOf: page, encoding: .utf8) + "\nOne more line.\n").write(to: page, atomically: false, encoding: .utf8)
        #expect(try Self.build(options).read)
        #expect(try Self.build(options).read, "the same stamp could hide a second save in the same clock tick")
    }

    @Test("a build with notes to show is repeated, notes and all")
    func notesAreRepeated() throws {
        let (root, built) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        var options = built
        options.includeFuture = false
        let (first, _) = try Self.build(options)
        #expect(first.notes.count == 1)
        let (again, read) = try Self.build(options)
        #expect(read)
        #expect(again.notes == first.notes)
    }
}
