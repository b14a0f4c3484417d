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
}
