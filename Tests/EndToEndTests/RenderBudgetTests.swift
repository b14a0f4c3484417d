import Foundation
import Testing

/// A template whose sections multiply its content past what any page needs stops and is reported
/// at its file, rather than rendering for minutes.
@Suite("sitegen build: a render that would never end")
struct RenderBudgetTests {
    static let head = "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body>"

    static func site(pages: Int, _ templates: [String: String]) -> [String: String] {
        var files = MinimalSite.with(templates)
        for index in 0..<pages {
            files["Content/articles/p\(index).md"] = "---\ntitle: Page \(index) with a title long enough\ndate: 2026-01-0\(index + 1)\n---\nText.\n"
        }
        return files
    }

    static func nested(_ depth: Int, inside: String = "") -> String {
        String(repeating: "{{#pages}}", count: depth) + inside + String(repeating: "{{/pages}}", count: depth)
    }

    @Test("sections over the pages nested twelve deep are an error at the template")
    func nestedListsOfPages() throws {
        let site = try SiteFixture(Self.site(pages: 4, [
            // Content enough for the output to pass its limit before the steps pass theirs.
            "Templates/home.mustache": Self.head + Self.nested(12, inside: "{{title}} " + String(repeating: ".", count: 300)) + "</body></html>\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Templates/home.mustache: error: a page rendered with this template grew past 64 MiB") },
                "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("sections over three pages nested a hundred deep, writing nothing, are an error at the outermost")
    func nestedSectionsWritingNothing() throws {
        let site = try SiteFixture(Self.site(pages: 3, [
            "Templates/home.mustache": Self.head + "\n" + Self.nested(100) + "\n</body></html>\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains {
            $0.hasPrefix("Templates/home.mustache:2:1: error: a page rendered with this template took more than 10 million steps and was stopped, inside this section")
        }, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("in a partial, the section is shown in the partial's file")
    func partial() throws {
        let site = try SiteFixture(Self.site(pages: 3, [
            "Templates/home.mustache": Self.head + "<ul>{{>partials/list}}</ul></body></html>\n",
            "Templates/partials/list.mustache": "{{#site}}\n  " + Self.nested(99) + "\n{{/site}}\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains {
            $0.hasPrefix("Templates/partials/list.mustache:2:3: error: a page rendered with the template 'home' took more than 10 million steps")
        }, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("in a block of a parent template, the section is shown in the file that fills the block")
    func block() throws {
        let site = try SiteFixture(Self.site(pages: 3, [
            "Templates/base.mustache": Self.head + "{{$main}}{{/main}}</body></html>\n",
            "Templates/section.mustache": "{{<base}}{{$main}}{{#section}}<h1>{{title}}</h1>\n" + Self.nested(97) + "{{/section}}{{/main}}{{/base}}\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains {
            $0.hasPrefix("Templates/section.mustache:2:1: error: a page rendered with this template took more than 10 million steps")
        }, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }
}
