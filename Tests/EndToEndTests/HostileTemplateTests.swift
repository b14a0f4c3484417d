import Foundation
import Testing

@Suite("sitegen build: templates that recurse, link outside the site or are not text")
struct HostileTemplateTests {
    static let page = ["Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody of x.\n"]

    /// A page template that shows its page through `partials/page-item`.
    static let pageWithItem = "<!DOCTYPE html>\n<html><body>\n{{#page}}{{> partials/page-item}}{{/page}}\n</body></html>\n"

    @Test("a partial that includes itself, directly or through another, is an error at the include, not a crash", arguments: [
        (["Templates/partials/page-item.mustache": "<li>\n  {{> partials/list}}\n</li>\n",
          "Templates/partials/list.mustache": "<ul>{{#pages}}{{> partials/page-item}}{{/pages}}</ul>\n"],
         "Templates/partials/list.mustache:1:15: error: template 'partials/list' includes itself: "
            + "partials/list → partials/page-item → partials/list"),
        (["Templates/partials/page-item.mustache": "<li>{{title}}\n{{#related}}{{>partials/page-item}}{{/related}}</li>\n"],
         "Templates/partials/page-item.mustache:2:13: error: template 'partials/page-item' includes itself: "
            + "partials/page-item → partials/page-item"),
    ])
    func partialCycle(partials: [String: String], expected: String) throws {
        let site = try SiteFixture(MinimalSite.with(Self.page.merging(partials) { _, new in new }
            .merging(["Templates/page.mustache": Self.pageWithItem]) { _, new in new }))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains(expected), "\(run.stderr)")
        #expect(!site.exists("Public"))
        #expect(try site.leftoverBuildFolders() == [])
    }

    @Test("a parent template that extends itself through another is an error, not a crash")
    func parentCycle() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page.merging([
            "Templates/base.mustache": "<html>{{$main}}{{/main}}</html>\n",
            "Templates/layout.mustache": "{{<page}}{{$main}}x{{/main}}{{/page}}\n",
            "Templates/page.mustache": "{{<layout}}\n{{$main}}{{page.title}}{{/main}}\n{{/layout}}\n",
        ]) { _, new in new }))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Templates/layout.mustache:1:1: error: template 'layout' includes itself: layout → page → layout"),
                "\(run.stderr)")
    }

    @Test("a partial that is a link to a file outside the site is not read: an error at its include that never quotes the file")
    func partialLinkedOutside() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page.merging(["Templates/page.mustache": Self.pageWithItem]) { _, new in new }))
        defer { site.remove() }
        let secret = site.sandbox.appendingPathComponent("secret.txt")
        try Data("root:x:0:0:the secret line\n{{#a}}\n".utf8).write(to: secret)
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Templates/partials"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Templates/partials/page-item.mustache").path,
                                                   withDestinationPath: secret.path)
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Templates/page.mustache:3:10: error: template 'partials/page-item' is a link to a file "
                                         + "outside the site's folder, which is not read"), "\(run.stderr)")
        #expect(!run.stderr.contains("secret"), "\(run.stderr)")
        #expect(!run.stderr.contains(site.sandbox.path), "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("a template linked from outside the site that no template uses is left out, and published nowhere")
    func unusedTemplateLinkedOutside() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page))
        defer { site.remove() }
        let secret = site.sandbox.appendingPathComponent("secret.mustache")
        try Data("the secret line\n".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Templates/search.mustache").path,
                                                   withDestinationPath: secret.path)
        let run = try site.build()
        try #require(run.status == 0, "\(run)")
        #expect(!site.exists("Public/search/index.html"))
        let built = try TreeSnapshot(of: site.publicFolder)
        for file in built.files {
            #expect(try !Data(contentsOf: site.publicFolder.appendingPathComponent(file)).contains(Data("the secret line".utf8)), "\(file)")
        }
    }

    @Test("a partial linked to a file inside the site is used")
    func partialLinkedInside() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page.merging([
            "Templates/page.mustache": Self.pageWithItem,
            "Shared/item.mustache": "<li>shared {{title}}</li>",
        ]) { _, new in new }))
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("Templates/partials"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("Templates/partials/page-item.mustache").path,
                                                   withDestinationPath: "../../Shared/item.mustache")
        let run = try site.build()
        try #require(run.status == 0, "\(run)")
        #expect(try site.read("Public/articles/x/index.html").contains("<li>shared X</li>"))
    }

    @Test("a template that is not UTF-8 is an error at the line and column of its first bad byte")
    func notUTF8() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page))
        defer { site.remove() }
        try Data("<!DOCTYPE html>\n<p>米粉 ".utf8 + [0xC3, 0x28] + Data(" {{page.title}}</p>\n".utf8))
            .write(to: site.root.appendingPathComponent("Templates/page.mustache"))
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Templates/page.mustache:2:7: error: the template is not valid UTF-8 text: "
                                         + "the byte 0xC3 here is not part of any character"), "\(run.stderr)")
        #expect(!run.stderr.contains("the theme has no"), "\(run.stderr)")
    }

    @Test("a template error quotes its source line without the file's carriage returns and newlines")
    func quotedSourceOnOneLine() throws {
        let site = try SiteFixture(MinimalSite.with(Self.page.merging([
            "Templates/page.mustache": "<p>\r\n{{#a}}x{{/b}}\u{1B}[2J\r\n</p>\r\n",
        ]) { _, new in new }))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(!run.stderr.contains("\r") && !run.stderr.contains("\u{1B}"), "\(run.stderr)")
        let error = try #require(run.stderrLines.first { $0.hasPrefix("Templates/page.mustache:2:") }, "\(run.stderr)")
        #expect(error.hasSuffix("in: {{#a}}x{{/b}}\\u{1B}[2J"), "\(run.stderr)")
        #expect(run.stderrLines.last == "" && run.stderrLines.dropLast().last == "1 problem found; nothing was written.", "\(run.stderr)")
    }
}
