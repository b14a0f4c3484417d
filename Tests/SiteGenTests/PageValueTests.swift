import Foundation
import Testing
@testable import SiteGen

/// `page` in templates is a `PageValue` read from the page on demand; templates must see what a
/// dictionary of its fields gave them.
@Suite("Page values")
struct PageValueTests {
    static let config = SiteConfig(title: "T")

    static func value(_ text: String, path: String = "Content/notes/x.md") throws -> PageValue {
        guard case .success(.page(let page)) = ContentLoader.parse(SourceFile(path: path, text: text), config: config) else {
            throw BuildFailure([Diagnostic(file: path, message: "did not parse")])
        }
        // As the build gives them: with the picture its front matter names.
        let shown = PictureMarkup.apply(to: page, plan: ImagePlan(), settings: ImageSettings(), basePath: "")
        return PageValues(context: ContextBuilder(config: config), previous: [:])[shown]
    }

    func render(_ template: String, _ value: PageValue) throws -> String {
        try render(template, context: ["page": value])
    }

    func render(_ template: String, context: [String: Any]) throws -> String {
        var templates = TemplateLibraryTests.minimal
        templates["page"] = template
        let site = try TemporarySite(files: Dictionary(uniqueKeysWithValues: templates.map { ("Templates/\($0.key).mustache", $0.value) }))
        defer { site.remove() }
        return try TemplateLibrary.load(root: site.root).get().render("page", context)
    }

    @Test("the root, site and meta dictionaries: transforms, sections, dotted names and their text")
    func dictionaries() throws {
        let meta = ContextBuilder(config: Self.config).meta(title: "Hello", description: "", path: OutputPath(components: ["x"]))
        let context: [String: Any] = ["meta": meta, "site": ["title": "T", "empty": [String]()] as [String: Any], "n": 2]
        #expect(try render("{{count(.)}}|{{#meta}}{{heading}}{{/meta}}|{{meta.url}}|{{#empty(site.empty)}}none{{/empty(site.empty)}}",
                           context: context) == "3|Hello|/x/|none")
        #expect(try render("{{count(site)}}|{{^site.missing}}absent{{/site.missing}}", context: context) == "2|absent")
        #expect(try render("{{site}}", context: ["site": ["a": 1] as [String: Any]]) == "[&quot;a&quot;: 1]")
    }

    @Test("a description is cut to what search engines show, at a word when there is one")
    func descriptionLimit() {
        let context = ContextBuilder(config: Self.config)
        let words = String(repeating: "word ", count: 60).trimmingWhitespace
        let long = context.meta(title: "T", description: words, path: .root)["description"] as? String
        #expect(long == String(words.prefix(159)) + "…", "160 characters end in a word")
        let chinese = String(repeating: "米粉", count: 100)
        #expect(context.meta(title: "T", description: chinese, path: .root)["description"] as? String == String(chinese.prefix(160)) + "…")
        #expect(context.meta(title: "T", description: "Short.", path: .root)["description"] as? String == "Short.")
        #expect(String(repeating: "a", count: 160).shortened(to: 160) == String(repeating: "a", count: 160))
    }

    static let full = """
        ---
        title: Full
        date: 2021-07-29
        updated: 2021-08-01
        summary: Short.
        tags: [Open Source, 小米]
        facts: {members: 1500}
        period: 2019-
        sources: [{title: A post, publisher: P}]
        colour: blue
        image: /drawings/x.svg
        image_alt: A drawing
        ---
        ## One

        Text.

        ## Two
        """

    @Test("every field a page has, and none that is an empty string")
    func fields() throws {
        let full = try Self.value(Self.full).dictionary
        #expect(Set(full.keys) == Set(PageValue.names))
        #expect(full["title"] as? String == "Full")
        #expect(full["url"] as? String == "/notes/x/")
        #expect((full["tags"] as? [[String: Any]])?.map { $0["url"] as? String } == ["/tags/open-source/", "/tags/%E5%B0%8F%E7%B1%B3/"])
        #expect((full["date"] as? [String: Any])?["short"] as? String == "2021-07-29")
        #expect((full["params"] as? [String: Any])?["colour"] as? String == "blue")
        #expect(full["image"] as? [String: String] == ["src": "/drawings/x.svg", "alt": "A drawing"])

        let bare = try Self.value("---\ntitle: Bare\n---\n", path: "Content/bare.md")
        #expect(Set(bare.dictionary.keys) == ["title", "url", "permalink", "slug", "word_count", "reading_time", "tags",
                                              "params", "facts", "sources", "draft"])
        for name in ["summary", "content", "nothing"] {
            #expect(bare.child(named: name) == nil, "\(name)")
        }
        for name in ["toc", "section", "date", "updated", "period", "image"] {
            #expect(bare.child(named: name) as? Bool == false, "\(name)")
        }
    }

    /// Inside `{{#first(list)}}` the first page is on the context stack: a later page without a
    /// period must not show the first one's.
    @Test("a page without a period, image or date shows none, not the enclosing page's")
    func missingFieldsDoNotLeak() throws {
        let full = try Self.value(Self.full)
        let bare = try Self.value("---\ntitle: Bare\n---\n", path: "Content/bare.md")
        let template = "{{#first(pages)}}{{#pages}}{{title}}:{{#period}}{{text}}{{/period}}{{#date}}{{short}}{{/date}};{{/pages}}{{/first(pages)}}"
        #expect(try render(template, context: ["pages": [full, bare]]) == "Full:since 20192021-07-29;Bare:;")
    }

    @Test("sections, inverted sections, dotted names and transforms as on a dictionary")
    func templates() throws {
        let full = try Self.value(Self.full)
        #expect(try render("{{#page}}{{title}}{{/page}}|{{page.date.short}}|{{uppercased(page.title)}}", full) == "Full|2021-07-29|FULL")
        #expect(try render("{{#page.tags}}{{name}} {{/page.tags}}|{{count(page.tags)}}|{{count(page)}}", full)
                == "Open Source 小米 |2|\(PageValue.names.count)")
        #expect(try render("{{#page.facts}}{{label}}={{value}}{{/page.facts}}", full) == "Members=1,500")
        let bare = try Self.value("---\ntitle: Bare\n---\n", path: "Content/bare.md")
        #expect(try render("{{^page.summary}}no summary{{/page.summary}}{{#page.date}}dated{{/page.date}}", bare) == "no summary")
        #expect(try render("{{#empty(page.tags)}}untagged{{/empty(page.tags)}}", bare) == "untagged")
    }
}
