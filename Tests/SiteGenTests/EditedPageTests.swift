import Foundation
import Testing
@testable import SiteGen

/// `serve` puts a page whose text alone changed in place before the full rebuild: that file must
/// be the one the rebuild would make, nothing else may change, and the rebuild must then finish
/// the rest and equal a clean build.
@Suite("Edited page ahead of the rebuild")
struct EditedPageTests {
    static let page = "Content/campaigns/city-cup.md"
    static let file = "campaigns/city-cup/index.html"

    /// A built copy of the fixture, with its store.
    static func builtSite() throws -> (root: URL, options: BuildOptions, store: BuildStore) {
        let root = try IncrementalBuildTests.copyFixture()
        let options = BuildOptions(root: root, output: root.appendingPathComponent("Public"), now: IncrementalBuildTests.now)
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        return (root, options, store)
    }

    static func edit(_ root: URL, _ old: String, _ new: String) throws {
        let url = root.appendingPathComponent(page)
        let text = try String(contentsOf: url, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: false, encoding: .utf8)
    }

    @Test("a text edit writes the page alone, as the rebuild would; the rebuild writes the rest and equals a clean build")
    func textEdit() throws {
        let (root, options, store) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try FileTree.read(options.outputFolder)
        try Self.edit(root, "Fans designed mugs.", "Fans designed mugs and cups.")

        let update = try #require(EditedPage.update(options, store: store, changed: [Self.page]))
        #expect(update.file == Self.file)
        let after = try FileTree.read(options.outputFolder)
        #expect(after.keys == before.keys)
        #expect(after.filter { before[$0.key] != $0.value }.keys.sorted() == [Self.file], "only the page itself")
        #expect(String(decoding: after[Self.file]!, as: UTF8.self).contains("Fans designed mugs and cups."))

        let report = try SiteBuilder.build(options, store: store, changed: [Self.page])
        #expect(!report.changedFiles.isEmpty)
        #expect(!report.changedFiles.contains(Self.file), "the rebuild found the page as it would make it")
        #expect(report.changedFiles.contains("feed.xml"), "the feed holds its full text")
        #expect(!store.rendered.contains(Self.file))
        let clean = root.appendingPathComponent("Clean")
        try SiteBuilder.build(BuildOptions(root: root, output: clean, now: IncrementalBuildTests.now))
        #expect(try FileTree.read(options.outputFolder) == FileTree.read(clean))
    }

    @Test("anything but one page's text is left to the full rebuild, with nothing written",
          arguments: [
              ("title: City Cup", "title: The City Cup"),     // front matter: lists, neighbours, related
              ("date: 2021-07-29", "date: 2021-13-29"),      // does not parse: the rebuild reports it
              ("Fans designed mugs.", "Fans designed mugs."),  // the same bytes
          ])
    func declined(old: String, new: String) throws {
        let (root, options, store) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try FileTree.read(options.outputFolder)
        try Self.edit(root, old, new)
        #expect(EditedPage.update(options, store: store, changed: [Self.page]) == nil)
        #expect(EditedPage.update(options, store: store, changed: [Self.page, "Content/articles/statement.md"]) == nil)
        #expect(try FileTree.read(options.outputFolder) == before)
    }

    @Test("after a failed build, and with strict link checks, edits wait for the full rebuild")
    func afterFailure() throws {
        let (root, options, store) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try "title: [".write(to: root.appendingPathComponent("site.yaml"), atomically: false, encoding: .utf8)
        #expect(throws: BuildFailure.self) { try SiteBuilder.build(options, store: store) }
        try Self.edit(root, "Fans designed mugs.", "Fans designed mugs and cups.")
        #expect(EditedPage.update(options, store: store, changed: [Self.page]) == nil)

        let (root2, options2, store2) = try Self.builtSite()
        defer { try? FileManager.default.removeItem(at: root2) }
        try Self.edit(root2, "Fans designed mugs.", "Fans designed mugs and cups.")
        var strict = options2
        strict.strict = true
        #expect(EditedPage.update(strict, store: store2, changed: [Self.page]) == nil)
    }
}
