import Foundation
import Testing

@Suite("sitegen build: files beside pages and Static/")
struct PublishedFilesTests {
    static let files: [String: String] = [
        "Content/works/2026-01-10-tote-bag/index.md": """
            ---
            title: Tote bag
            date: 2026-01-10
            ---
            The [pattern](pattern.pdf), the [notes](notes/sizes.txt) and ![the bag's outline](outline.svg).

            """,
        "Content/works/2026-01-10-tote-bag/pattern.pdf": "%PDF-1.4 pattern\n",
        "Content/works/2026-01-10-tote-bag/outline.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
        "Content/works/2026-01-10-tote-bag/notes/sizes.txt": "40 × 38 cm\n",
        "Content/works/mug.md": """
            ---
            title: Mug
            date: 2026-01-11
            ---
            See the [tote bag's pattern](/works/tote-bag/pattern.pdf).

            """,
        "Static/favicon.ico": "ICO",
        "Static/files/press-kit.pdf": "%PDF-1.4 kit\n",
        "Static/.well-known/security.txt": "Contact: mailto:a@example.org\n",
        "Static/.hidden-note": "not published\n",
    ]

    @Test("a page that is a folder is published with its files beside it; Static/ at the root, .well-known/ too; links to them check")
    func published() throws {
        let site = try SiteFixture(MinimalSite.with(Self.files))
        defer { site.remove() }
        let run = try site.build("--strict")
        #expect(run.status == 0, "\(run)")
        #expect(try site.read("Public/works/tote-bag/pattern.pdf") == "%PDF-1.4 pattern\n")
        #expect(try site.read("Public/works/tote-bag/notes/sizes.txt") == "40 × 38 cm\n")
        #expect(try site.read("Public/works/tote-bag/index.html").contains("<img src=\"outline.svg\" alt=\"the bag's outline\" />"))
        #expect(try site.read("Public/favicon.ico") == "ICO")
        #expect(try site.read("Public/files/press-kit.pdf") == "%PDF-1.4 kit\n")
        #expect(try site.read("Public/.well-known/security.txt") == "Contact: mailto:a@example.org\n")
        #expect(!site.exists("Public/.hidden-note"))
        #expect(!site.exists("Public/works/tote-bag/index.md"))
        let check = try Sitegen.run(["check", "--root", site.root.path], in: site.sandbox)
        #expect(check.status == 0, "\(check)")

        // A second build changes nothing; a file removed from Static/ leaves the site.
        let again = try site.build()
        #expect(again.status == 0, "\(again)")
        try site.delete("Static/.well-known/security.txt")
        try site.write(["Static/files/press-kit.pdf": "%PDF-1.4 kit, second edition\n"])
        let third = try site.build()
        #expect(third.status == 0, "\(third)")
        #expect(!site.exists("Public/.well-known/security.txt"))
        #expect(try site.read("Public/files/press-kit.pdf") == "%PDF-1.4 kit, second edition\n")
    }

    @Test("a link to a file the page's folder lacks is reported at its line and column")
    func missingFile() throws {
        var files = Self.files
        files["Content/works/2026-01-10-tote-bag/index.md"] = "---\ntitle: Tote bag\ndate: 2026-01-10\n---\nThe [pattern](patern.pdf).\n"
        let site = try SiteFixture(MinimalSite.with(files))
        defer { site.remove() }
        let check = try Sitegen.run(["check", "--root", site.root.path], in: site.sandbox)
        #expect(check.status == 1, "\(check)")
        #expect(check.stderr.contains("Content/works/2026-01-10-tote-bag/index.md:5:5: error: link to 'patern.pdf' goes nowhere"), "\(check)")
    }

    @Test("a static file where the build makes a page is an error naming both; nothing is written")
    func collision() throws {
        var files = Self.files
        files["Static/works/mug/index.html"] = "<p>old mug page</p>"
        let site = try SiteFixture(MinimalSite.with(files))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Static/works/mug/index.html and Content/works/mug.md would both write /works/mug/"), "\(run)")
        #expect(!site.exists("Public"))
    }

    @Test("Markdown deeper than a page's folder, or a folder in a page's folder, is still an error")
    func tooDeep() throws {
        var files = Self.files
        files["Content/works/2026-01-10-tote-bag/draft-notes.md"] = "---\ntitle: Notes\ndate: 2026-01-10\n---\nx\n"
        files["Content/works/a/b/index.md"] = "---\ntitle: Deep\ndate: 2026-01-10\n---\nx\n"
        let site = try SiteFixture(MinimalSite.with(files))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Content/works/2026-01-10-tote-bag/draft-notes.md: error: pages live at most one folder deep, found 2 folders"), "\(run)")
        #expect(run.stderr.contains("Content/works/a/b/index.md: error: pages live at most one folder deep, found 3 folders"), "\(run)")
    }
}
