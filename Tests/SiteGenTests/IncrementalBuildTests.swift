import Foundation
import Testing
@testable import SiteGen

/// A build with the store of the previous one (`serve`) renders only what an edit changed, and
/// still gives what a clean build gives.
@Suite("Incremental builds")
struct IncrementalBuildTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// Copies the golden fixture's sources, so that edits do not touch the repository.
    static func copyFixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-incremental-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["Content", "Templates", "site.yaml"] {
            try FileManager.default.copyItem(at: GoldenSiteTests.fixtures.appendingPathComponent("basic/\(name)"),
                                             to: root.appendingPathComponent(name))
        }
        return root
    }

    @Test("an edit renders and writes only the files that show the edited page; the result equals a clean build",
          arguments: [
              // (text to replace, replacement, the files that must be rendered again, when known exactly)
              // The page, its neighbours, its section, tag, archive month, year and index, feeds, home;
              // not the sitemap, whose URLs and dates a text edit leaves as they were.
              ("Fans designed mugs.", "Fans designed mugs and cups.", [
                  "archive/2021/07/index.html", "archive/2021/index.html", "archive/index.html",
                  "campaigns/a-melody-for-mi/index.html", "campaigns/city-cup/index.html", "campaigns/design/index.html",
                  "campaigns/index.html", "feed.xml", "index.html", "search-index/manifest.json", "search.json",
                  "tags/city-cup/feed.xml", "tags/city-cup/index.html",
              ]),
              ("title: City Cup", "title: The City Cup", []),
          ])
    func editRebuildsWhatShowsIt(old: String, new: String, exactly: [String]) throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: Self.now)
        let store = BuildStore()
        let first = try SiteBuilder.build(options, store: store)
        let unchanged = try SiteBuilder.build(options, store: store)
        #expect(unchanged.filesWritten == 0 && unchanged.filesRemoved == 0)
        #expect(store.rendered.isEmpty, "nothing changed, nothing rendered: \(store.rendered)")

        let page = root.appendingPathComponent("Content/campaigns/city-cup.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: page, atomically: false, encoding: .utf8)
        let report = try SiteBuilder.build(options, store: store)
        let rerendered = store.rendered
        if !exactly.isEmpty { #expect(rerendered == exactly) }
        #expect(rerendered.contains("campaigns/city-cup/index.html"))
        #expect(rerendered.count < first.files / 2, "an edit to one page must not re-render the site: \(rerendered)")
        #expect(report.filesWritten <= rerendered.count + 2)

        let clean = root.appendingPathComponent("Clean")
        try SiteBuilder.build(BuildOptions(root: root, output: clean, now: Self.now))
        #expect(try FileTree.read(output) == FileTree.read(clean))
    }

    @Test("a new date or a new page re-renders the sitemap, whose URLs and dates change")
    func sitemapFollowsDates() throws {
        let (root, options, store) = try EditedPageTests.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        try EditedPageTests.edit(root, "date: 2021-07-29", "date: 2021-07-28")
        try SiteBuilder.build(options, store: store)
        #expect(store.rendered.contains("sitemap.xml"))
        try "---\ntitle: Added\ndate: 2021-07-30\n---\nNew.\n".write(to: root.appendingPathComponent("Content/campaigns/added.md"),
                                                                      atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store)
        #expect(store.rendered.contains("sitemap.xml"))
        try UnchangedSiteTests.expectClean(root, options, "sitemap after a new date and a new page")
    }

    @Test("a rebuild whose pages are those of the last makes no search index; an edited page makes one")
    func searchIndexFollowsPages() throws {
        let (root, options, store) = try EditedPageTests.builtSite()
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(store.search.indexesMade == 1)
        try SiteBuilder.build(options, store: store)
        // A template edited renders every page again, and indexes none.
        let template = root.appendingPathComponent("Templates/page.mustache")
        try (try String(contentsOf: template, encoding: .utf8) + "\n").write(to: template, atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store)
        #expect(store.rendered.contains("campaigns/city-cup/index.html"))
        #expect(store.search.indexesMade == 1, "no page changed, yet the index was made again")
        try EditedPageTests.edit(root, "Fans designed mugs.", "Fans designed mugs and cups.")
        try SiteBuilder.build(options, store: store)
        #expect(store.search.indexesMade == 2)
        #expect(store.rendered.contains("search.json"))
        try UnchangedSiteTests.expectClean(root, options, "the search index after a template edit and a page edit")
    }

    /// `serve` passes the watcher's changed paths: other sources are trusted without a `stat`,
    /// and a changed folder makes the build list the folder again.
    @Test("with the watcher's changed paths, adds, deletes and folder renames give a clean build's output")
    func changedPaths() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: Self.now)
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        let content = root.appendingPathComponent("Content")
        let clean = root.appendingPathComponent("Clean")
        func expectClean(_ comment: Comment) throws {
            try? FileManager.default.removeItem(at: clean)
            try SiteBuilder.build(BuildOptions(root: root, output: clean, now: Self.now))
            #expect(try FileTree.read(output) == FileTree.read(clean), comment)
        }

        try "---\ntitle: Added\ndate: 2021-07-30\n---\nNew.\n".write(to: content.appendingPathComponent("campaigns/added.md"), atomically: false, encoding: .utf8)
        try FileManager.default.removeItem(at: content.appendingPathComponent("campaigns/city-cup.md"))
        try "swap".write(to: content.appendingPathComponent("campaigns/.added.md.swp"), atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store, changed: ["Content/campaigns/added.md", "Content/campaigns/city-cup.md",
                                                               "Content/campaigns/.added.md.swp"])
        try expectClean("after an add and a delete")

        try FileManager.default.moveItem(at: content.appendingPathComponent("campaigns"), to: content.appendingPathComponent("drives"))
        try SiteBuilder.build(options, store: store, changed: ["Content/campaigns", "Content/drives"])
        try expectClean("after a folder rename")

        // Trusted means not read: a change the watcher did not report is not seen.
        let page = content.appendingPathComponent("drives/added.md")
        try "---\ntitle: Unreported\ndate: 2021-07-30\n---\nNew.\n".write(to: page, atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store, changed: ["site.yaml"])
        #expect(try !String(contentsOf: output.appendingPathComponent("drives/added/index.html"), encoding: .utf8).contains("Unreported"))
        try SiteBuilder.build(options, store: store, changed: ["Content/drives/added.md"])
        try expectClean("after the change is reported")

        // Every URL moves under /blog/: nothing kept from before (search entries, page values) may remain.
        let settings = root.appendingPathComponent("site.yaml")
        try String(contentsOf: settings, encoding: .utf8)
            .replacingOccurrences(of: "base_url: https://fixture.example.org/", with: "base_url: https://fixture.example.org/blog/")
            .write(to: settings, atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store, changed: ["site.yaml"])
        try expectClean("after a new base URL")
    }

    /// `sitegen build` is a new process each time: what it knows of the previous build is in the
    /// records the writer left on the output files.
    @Test("a build in a new process renders and writes only what changed, trusting only files that still match their records")
    func recordsOutliveTheProcess() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: Self.now)
        try SiteBuilder.build(options)
        let unchanged = BuildStore()
        let again = try SiteBuilder.build(options, store: unchanged)
        #expect(unchanged.rendered.isEmpty, "nothing changed, nothing rendered: \(unchanged.rendered)")
        #expect(again.filesWritten == 0 && again.filesRemoved == 0)

        let page = root.appendingPathComponent("Content/campaigns/city-cup.md")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "Fans designed mugs.", with: "Fans designed mugs and cups.")
            .write(to: page, atomically: false, encoding: .utf8)
        // By hand: one output file edited, one replaced by a copy without a record, one deleted.
        try "edited".write(to: output.appendingPathComponent("tags/index.html"), atomically: false, encoding: .utf8)
        let about = output.appendingPathComponent("about/index.html")
        let copy = try Data(contentsOf: about)
        try FileManager.default.removeItem(at: about)
        try copy.write(to: about)
        try FileManager.default.removeItem(at: output.appendingPathComponent("campaigns/design/index.html"))

        let edited = BuildStore()
        let report = try SiteBuilder.build(options, store: edited)
        #expect(edited.rendered == [
            "about/index.html", "archive/2021/07/index.html", "archive/2021/index.html", "archive/index.html",
            "campaigns/a-melody-for-mi/index.html", "campaigns/city-cup/index.html", "campaigns/design/index.html",
            "campaigns/index.html", "feed.xml", "index.html", "search-index/manifest.json", "search.json",
            "tags/city-cup/feed.xml", "tags/city-cup/index.html", "tags/index.html",
        ])
        #expect(report.filesWritten < report.files / 2)
        let clean = root.appendingPathComponent("Clean")
        try SiteBuilder.build(BuildOptions(root: root, output: clean, now: Self.now))
        #expect(try FileTree.read(output) == FileTree.read(clean))
    }

    /// Link checks are kept per page in `serve`: a page whose text and whose site are the same is
    /// not checked again, but removing what it links to, or a heading, must show.
    @Test("link warnings follow edits to the linking page and to what it links to")
    func linkChecksFollowEdits() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let options = BuildOptions(root: root, output: root.appendingPathComponent("Public"), now: Self.now)
        let store = BuildStore()
        let about = root.appendingPathComponent("Content/about.md")
        let text = try String(contentsOf: about, encoding: .utf8)
        try (text + "\nAlso [the cup](/campaigns/city-cup/#the-cup).\n").write(to: about, atomically: false, encoding: .utf8)
        func warnings() throws -> [String] {
            try SiteBuilder.build(options, store: store).notes.filter { $0.contains("Content/about.md") }
        }
        #expect(try warnings().count == 1, "city-cup has no heading 'the-cup'")
        #expect(try warnings().count == 1, "the same warning when nothing changed")

        let cup = root.appendingPathComponent("Content/campaigns/city-cup.md")
        let cupText = try String(contentsOf: cup, encoding: .utf8)
        try (cupText + "\n## The cup\n\nIt is blue.\n").write(to: cup, atomically: false, encoding: .utf8)
        #expect(try warnings().isEmpty, "the heading now exists")
        try FileManager.default.removeItem(at: cup)
        #expect(try warnings().count == 1, "the page linked to is gone")
    }
}
