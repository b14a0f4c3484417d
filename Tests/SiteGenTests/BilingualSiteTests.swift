import Foundation
import Testing
@testable import SiteGen

/// The bilingual fixture (`Fixtures/bilingual`: English at `/`, Chinese under `/zh/`) built
/// whole: alternates, the switcher, check's notes, translation stubs, rebuilds.
@Suite("Bilingual site")
struct BilingualSiteTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)
    static let origin = "https://bilingual.example.org"

    static func copyFixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-bilingual-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for name in ["Content", "Templates", "site.yaml"] {
            try FileManager.default.copyItem(at: GoldenSiteTests.fixtures.appendingPathComponent("bilingual/\(name)"),
                                             to: root.appendingPathComponent(name))
        }
        return root
    }

    /// Every HTML file's text, by its URL.
    static func pages() throws -> [String: String] {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: GoldenSiteTests.fixtures.appendingPathComponent("bilingual"), now: now))
        var pages: [String: String] = [:]
        for file in files where file.path.hasSuffix("index.html") {
            guard case .bytes(let data) = file.content else { continue }
            pages["/" + String(file.path.dropLast("index.html".count))] = String(decoding: data, as: UTF8.self)
        }
        return pages
    }

    /// `(hreflang, URL without the origin)` of each alternate in the head.
    static func alternates(_ html: String) -> [(String, String)] {
        html.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("<link rel=\"alternate\" hreflang=\""),
                  let start = line.range(of: "hreflang=\""), let end = line[start.upperBound...].firstIndex(of: "\""),
                  let href = line.range(of: "href=\"\(origin)") else { return nil }
            let url = line[href.upperBound...].prefix { $0 != "\"" }
            return (String(line[start.upperBound..<end]), String(url))
        }
    }

    @Test("every alternate exists and links back to the page that names it")
    func reciprocity() throws {
        let pages = try Self.pages()
        var checked = 0
        for (url, html) in pages.sorted(by: { $0.key < $1.key }) {
            let alternates = Self.alternates(html)
            guard !alternates.isEmpty else { continue }
            #expect(alternates.contains { $0.0 != "x-default" && $0.1 == url }, "\(url) does not name itself")
            #expect(alternates.contains { $0.0 == "x-default" }, "\(url) has no x-default")
            for (language, other) in alternates where language != "x-default" {
                let target = try #require(pages[other], "\(url) names \(other), which does not exist")
                #expect(Self.alternates(target).contains { $0.1 == url }, "\(other) does not link back to \(url)")
                checked += 1
            }
        }
        #expect(pages["/campaigns/city-cup/"].map(Self.alternates)?.map(\.1) == ["/campaigns/city-cup/", "/zh/campaigns/cheng-shi-bei/", "/campaigns/city-cup/"])
        #expect(checked > 20)
    }

    @Test("the switcher goes to the translation when there is one and to the other language's home otherwise")
    func switcher() throws {
        let pages = try Self.pages()
        #expect(pages["/campaigns/city-cup/"]?.contains("<a href=\"/zh/campaigns/cheng-shi-bei/\" hreflang=\"zh\" lang=\"zh\">中文</a>") == true)
        #expect(pages["/zh/campaigns/cheng-shi-bei/"]?.contains("<a href=\"/campaigns/city-cup/\" hreflang=\"en\" lang=\"en\">English</a>") == true)
        // Not translated: the Chinese home page, never a missing page.
        #expect(pages["/campaigns/design/"]?.contains("<a href=\"/zh/\" hreflang=\"zh\" lang=\"zh\">中文</a>") == true)
        // Listed in Chinese, marked, at its English URL.
        #expect(pages["/zh/campaigns/"]?.contains("<a href=\"/campaigns/design/\" hreflang=\"en\" lang=\"en\">Design Together</a>") == true)
        #expect(pages["/zh/campaigns/"]?.contains("尚无中文版") == true)
        #expect(pages["/zh/campaigns/cheng-shi-bei/"]?.contains("<html lang=\"zh\">") == true)
        #expect(pages["/zh/campaigns/cheng-shi-bei/"]?.contains("2026年1月5日") == true)
        #expect(pages["/zh/tags/"]?.contains(">米粉</a>") == true)
    }

    @Test("with untranslated: hide, a language lists only its own pages; the switcher still never leads nowhere")
    func hideUntranslated() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let settings = root.appendingPathComponent("site.yaml")
        let text = try String(contentsOf: settings, encoding: .utf8)
        try text.replacingOccurrences(of: "untranslated: list", with: "untranslated: hide").write(to: settings, atomically: false, encoding: .utf8)
        let (_, files) = try SiteBuilder.render(BuildOptions(root: root, now: Self.now))
        func html(_ path: String) -> String? {
            guard case .bytes(let data)? = files.first(where: { $0.path == path })?.content else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(html("zh/campaigns/index.html")?.contains("Design Together") == false)
        #expect(html("zh/campaigns/index.html")?.contains("城市杯") == true)
        #expect(html("zh/tags/design/index.html") == nil)
        #expect(html("campaigns/design/index.html")?.contains("<a href=\"/zh/\" hreflang=\"zh\" lang=\"zh\">中文</a>") == true)
        // The English tag page has no Chinese version to name.
        #expect(html("tags/design/index.html")?.contains("hreflang=\"zh\"") == true)
        #expect(html("tags/design/index.html")?.contains("<link rel=\"alternate\" hreflang") == false)
    }

    @Test("a language's search index and JSON-LD show tags by the names the language gives them")
    func tagNamesInSearch() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: GoldenSiteTests.fixtures.appendingPathComponent("bilingual"), now: Self.now))
        func text(_ path: String) -> String {
            guard case .bytes(let data)? = files.first(where: { $0.path == path })?.content else { return "" }
            return String(decoding: data, as: UTF8.self)
        }
        #expect(text("zh/search.json").contains("\"米粉\""))
        #expect(!text("zh/search.json").contains("Mi Fans"))
        #expect(text("search.json").contains("\"Mi Fans\""))
        #expect(text("zh/campaigns/cheng-shi-bei/index.html").contains("\"keywords\":\"共创, 米粉\""))
    }

    @Test("check notes pages without a translation and translations older than their original")
    func checkNotes() throws {
        let report = try SiteBuilder.check(BuildOptions(root: GoldenSiteTests.fixtures.appendingPathComponent("bilingual"), now: Self.now))
        #expect(report.notes.map(\.description) == [
            "Content/campaigns/city-cup.zh.md:3:10: note: older than its original: Content/campaigns/city-cup.md was updated after it\n"
                + "  hint: bring it up to date, then set its 'updated:' to the day you did",
            "Content/campaigns/design.md: note: no translation into zh\n  hint: 'sitegen new --lang zh campaigns/design' starts one",
        ])
    }

    @Test("new --lang writes a stub beside the original, carrying its front matter, and refuses to overwrite")
    func newTranslation() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let stub = try TranslationScaffold.create(root: root, target: "campaigns/design", code: "zh")
        #expect(stub.path == "Content/campaigns/design.zh.md")
        let text = try String(contentsOf: root.appendingPathComponent(stub.path), encoding: .utf8)
        #expect(text.contains("title: Design Together\ndate: 2025-03-02\ntags: [co-creation, design]\ndraft: true\n---\n"))
        #expect(throws: BuildFailure.self) { try TranslationScaffold.create(root: root, target: "campaigns/design", code: "zh") }
        do {
            _ = try TranslationScaffold.create(root: root, target: "articles/press-kit", code: "zh")
            Issue.record("overwrote index.zh.md")
        } catch {
            #expect(error.diagnostics.first?.file == "Content/articles/press-kit/index.zh.md")
        }
        #expect(throws: BuildFailure.self) { try TranslationScaffold.create(root: root, target: "campaigns/design", code: "fr") }
        // The stub is a draft: the site builds, and lists the page as untranslated still.
        try SiteBuilder.build(BuildOptions(root: root, output: root.appendingPathComponent("Public"), now: Self.now))
    }

    @Test("an edit of an original's front matter reaches its translation; the rebuild equals a clean build", arguments: [
        ("tags: [co-creation, Mi Fans]", "tags: [co-creation, Mi Fans, football]", "Content/campaigns/city-cup.md"),
        ("title: 城市杯", "title: 城市杯赛", "Content/campaigns/city-cup.zh.md"),
        ("title: Design Together", "title: Design Together!", "Content/campaigns/design.md"),
    ])
    func incremental(old: String, new: String, file: String) throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: Self.now)
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        let page = root.appendingPathComponent(file)
        let text = try String(contentsOf: page, encoding: .utf8)
        try #require(text.contains(old))
        try text.replacingOccurrences(of: old, with: new).write(to: page, atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store)
        let clean = root.appendingPathComponent("Clean")
        try SiteBuilder.build(BuildOptions(root: root, output: clean, now: Self.now))
        #expect(try FileTree.read(output) == FileTree.read(clean))
    }

    @Test("a translation added, then removed: each rebuild equals a clean build, with the watcher's list of changes or without")
    func translationAddedAndRemoved() throws {
        let root = try Self.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: Self.now)
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        func expectClean(_ comment: Comment) throws {
            let clean = root.appendingPathComponent("Clean-\(UUID().uuidString)")
            try SiteBuilder.build(BuildOptions(root: root, output: clean, now: Self.now))
            #expect(try FileTree.read(output) == FileTree.read(clean), comment)
        }
        let path = "Content/campaigns/design.zh.md"
        try "---\ntitle: 一起设计\n---\n粉丝设计了手机壳。\n".write(to: root.appendingPathComponent(path), atomically: false, encoding: .utf8)
        try SiteBuilder.build(options, store: store, changed: [path])
        try expectClean("added")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("zh/campaigns/design/index.html").path))
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
        try SiteBuilder.build(options, store: store)
        try expectClean("removed")
    }

    @Test("output is the same on every build")
    func deterministic() throws {
        let root = GoldenSiteTests.fixtures.appendingPathComponent("bilingual")
        let (_, first) = try SiteBuilder.render(BuildOptions(root: root, now: Self.now))
        let (_, second) = try SiteBuilder.render(BuildOptions(root: root, now: Self.now))
        #expect(first.map(\.path) == second.map(\.path))
        for (a, b) in zip(first, second) {
            if case .bytes(let x) = a.content, case .bytes(let y) = b.content { #expect(x == y, "\(a.path)") }
        }
    }
}
