import Foundation
import Testing
@testable import SiteGen

@Suite("Templates")
struct TemplateLibraryTests {
    static let minimal = ["home": "H", "page": "P", "section": "S", "tags": "T", "tag": "G", "archive": "A", "404": "N"]

    func load(_ templates: [String: String]) throws -> Result<TemplateLibrary, BuildFailure> {
        let site = try TemporarySite(files: Dictionary(uniqueKeysWithValues: templates.map { ("Templates/\($0.key).mustache", $0.value) }))
        defer { site.remove() }
        return TemplateLibrary.load(root: site.root)
    }

    @Test("explains syntax errors in words, at the template's line", arguments: [
        ("<p>\n  {{#page}}\nopen", 2, "section 'page' is opened here but never closed"),
        ("line\n{{#a}}x{{/b}}", 2, "a section is closed with a name other than the one it was opened with"),
        ("{{title", 1, "the template ends inside a tag"),
        ("{{<base}}\n{{#x}}y{{/x}}{{/base}}", 2, "inside {{<parent}} … {{/parent}} only {{$block}} overrides may appear"),
    ])
    func syntaxErrors(text: String, line: Int, message: String) throws {
        var templates = Self.minimal
        templates["page"] = text
        templates["base"] = "{{$main}}{{/main}}"
        guard case .failure(let failure) = try load(templates) else {
            Issue.record("the template compiled")
            return
        }
        let problem = try #require(failure.diagnostics.first)
        #expect(problem.file == "Templates/page.mustache")
        #expect(problem.line == line)
        #expect(problem.message.hasPrefix(message))
        #expect(problem.hint != nil)
    }

    @Test("a partial that does not exist is an error at its use")
    func missingPartial() throws {
        var templates = Self.minimal
        templates["page"] = "<p>\n  {{> partials/nope }}"
        guard case .failure(let failure) = try load(templates) else {
            Issue.record("the template compiled")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "Templates/page.mustache:2:3: error: template 'partials/nope' does not exist\n  hint: create Templates/partials/nope.mustache, or fix the name",
        ])
    }

    @Test("an asset name no asset has is an error at its tag, naming the assets there are")
    func unknownAsset() throws {
        var templates = Self.minimal
        templates["page"] = "<head>\n  <link href=\"{{assets.styel_css}}\"> {{{assets.style_css}}}\n{{#assets.logo_svg}}<img src=\"{{.}}\">{{/assets.logo_svg}}"
        let library = try load(templates).get()
        #expect(library.unknownAssets(["style_css", "favicon_svg"]).map(\.description) == [
            "Templates/page.mustache:2:15: error: 'assets.styel_css' names no asset of the theme\n"
                + "  hint: the assets are assets.favicon_svg, assets.style_css; a name is the file's path below Templates/assets/ "
                + "with each character but letters and digits made _",
            "Templates/page.mustache:3:1: error: 'assets.logo_svg' names no asset of the theme\n"
                + "  hint: the assets are assets.favicon_svg, assets.style_css; a name is the file's path below Templates/assets/ "
                + "with each character but letters and digits made _",
        ])
        #expect(library.unknownAssets([]).first?.hint == "the theme has no assets: put the file in Templates/assets/")
        // Through a build: nothing rendered.
        let site = try TemporarySite(files: Dictionary(uniqueKeysWithValues: templates.map { ("Templates/\($0.key).mustache", $0.value) })
            .merging(["site.yaml": "title: T\n", "Templates/assets/style.css": "body {}"]) { $1 })
        defer { site.remove() }
        #expect {
            try SiteBuilder.render(BuildOptions(root: site.root))
        } throws: { error in
            (error as? BuildFailure)?.diagnostics.map(\.description).first?.hasPrefix("Templates/page.mustache:2:15: error: 'assets.styel_css'") == true
        }
    }

    @Test("a theme without a required template is refused")
    func requiredTemplates() throws {
        var templates = Self.minimal
        templates["404"] = nil
        guard case .failure(let failure) = try load(templates) else {
            Issue.record("the theme loaded")
            return
        }
        #expect(failure.diagnostics.map(\.file) == ["Templates/404.mustache"])
    }

    @Test("partials in folders and parent templates render")
    func inheritance() throws {
        var templates = Self.minimal
        templates["base"] = "<main>{{$main}}default{{/main}}</main>{{>partials/foot}}"
        templates["partials/foot"] = "<footer>{{site}}</footer>"
        templates["page"] = "{{<base}}{{$main}}{{title}}{{/main}}{{/base}}"
        let library = try load(templates).get()
        #expect(library.render("page", ["title": "A & B", "site": "S"]) == "<main>A &amp; B</main><footer>S</footer>")
    }

    @Test("cycles of includes are found once each, from their least name", arguments: [
        (["a": ["b"], "b": ["a"]], [["a", "b", "a"]]),
        (["a": ["a"]], [["a", "a"]]),
        (["a": ["b", "c"], "b": ["c"], "c": []], []),
        (["x": ["y"], "y": ["z"], "z": ["y"]], [["y", "z", "y"]]),
        (["a": ["b", "missing"], "b": ["c", "a"], "c": ["b"]], [["b", "c", "b"], ["a", "b", "a"]]),
    ])
    func cycles(includes: [String: [String]], expected: [[String]]) {
        #expect(TemplateCycles.cycles(includes) == expected)
    }

    @Test("a long chain of includes without a cycle is walked without recursion")
    func longChain() {
        let chain = Dictionary(uniqueKeysWithValues: (0..<50_000).map { ("t\($0)", $0 == 49_999 ? [] : ["t\($0 + 1)"]) })
        #expect(TemplateCycles.cycles(chain) == [])
    }

    @Test("a template that includes itself inside a section, a block or a parent's override is refused at the include")
    func includesItself() throws {
        var templates = Self.minimal
        templates["base"] = "<main>{{$main}}{{/main}}</main>"
        templates["page"] = "{{<base}}\n{{$main}}{{#page}}\n  {{> page}}{{/page}}{{/main}}\n{{/base}}"
        guard case .failure(let failure) = try load(templates) else {
            Issue.record("the theme loaded")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "Templates/page.mustache:3:3: error: template 'page' includes itself: page → page\n"
                + "  hint: a template may not include itself, directly or through others; remove one of these includes",
        ])
    }

    /// The minimal theme in a temporary site, with `Templates/partials/` made.
    func siteWithPartials() throws -> (TemporarySite, URL) {
        let site = try TemporarySite(files: Dictionary(uniqueKeysWithValues: Self.minimal.map { ("Templates/\($0.key).mustache", $0.value) }))
        let partials = site.root.appendingPathComponent("Templates/partials")
        try FileManager.default.createDirectory(at: partials, withIntermediateDirectories: true)
        return (site, partials)
    }

    @Test("a template that is a link outside the site is left out with a warning naming the link; one inside is used")
    func linksOutside() throws {
        let (site, partials) = try siteWithPartials()
        defer { site.remove() }
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-outside-\(UUID().uuidString).mustache")
        try Data("secret".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(atPath: partials.appendingPathComponent("secret.mustache").path, withDestinationPath: outside.path)
        try Data("inside".utf8).write(to: site.root.appendingPathComponent("inside.mustache"))
        try FileManager.default.createSymbolicLink(atPath: partials.appendingPathComponent("inside.mustache").path,
                                                   withDestinationPath: "../../inside.mustache")

        let library = try TemplateLibrary.load(root: site.root).get()
        #expect(library.names.contains("partials/inside"))
        #expect(!library.names.contains("partials/secret"))
        #expect(library.render("partials/inside", [:]) == "inside")
        #expect(library.warnings.map(\.description) == [
            "Templates/partials/secret.mustache: warning: a symbolic link to a file outside the site; left out\n"
                + "  hint: \(ContentLoader.outsideLinkHint)",
        ])
    }

    @Test("a link to a folder that holds it is an error at the link, not an endless walk")
    func linkLoop() throws {
        let (site, partials) = try siteWithPartials()
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: partials.appendingPathComponent("loop").path, withDestinationPath: ".")
        guard case .failure(let failure) = TemplateLibrary.load(root: site.root) else {
            Issue.record("the theme loaded")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "Templates/partials/loop: error: a symbolic link to a folder it lies in: following it would never end\n"
                + "  hint: remove the link, or link to a folder that does not hold it",
        ])
    }

    @Test("a quoted source line is the line without its carriage return, control characters shown as escapes")
    func quotedSource() throws {
        var templates = Self.minimal
        templates["page"] = "ok\r\n{{#a}}\u{7}{{/b}}\r\n"
        guard case .failure(let failure) = try load(templates) else {
            Issue.record("the template compiled")
            return
        }
        let problem = try #require(failure.diagnostics.first)
        #expect(problem.line == 2)
        #expect(problem.description.hasSuffix(", in: {{#a}}\\u{7}{{/b}}\n  hint: close {{#name}} and {{^name}} with {{/name}}, innermost first"),
                "\(problem.description)")
    }
}
