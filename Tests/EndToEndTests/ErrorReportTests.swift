import Foundation
import Testing

@Suite("sitegen build: reporting bad content and templates")
struct ErrorReportTests {
    static let goodPages: [String: String] = [
        "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody of x.\n",
        "Content/articles/y.md": "---\ntitle: Y\ndate: 2026-01-06\n---\nBody of y.\n",
    ]

    @Test("every problem is reported at its file, line and column, and Public/ stays exactly as it was")
    func brokenContent() throws {
        let site = try SiteFixture(MinimalSite.with(Self.goodPages))
        defer { site.remove() }
        let good = try site.build()
        try #require(good.status == 0, "\(good)")
        let before = try TreeSnapshot(of: site.publicFolder)
        try #require(before.files.contains("articles/x/index.html"))

        try site.write([
            "Content/articles/x.md": """
                ---
                title: X
                date: 2026-13-45
                ---
                Body of x.

                """,
            "Content/articles/y.md": "---\ndate: 2026-01-06\n---\nBody of y.\n",
        ])
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout == "")
        let lines = run.stderrLines
        let date = try #require(lines.firstIndex(of: "Content/articles/x.md:3:7: error: date '2026-13-45' is not a date"),
                                "\(run.stderr)")
        #expect(lines[date + 1].hasPrefix("  hint: ") && lines[date + 1].contains("YYYY-MM-DD"), "\(run.stderr)")
        #expect(lines.contains("Content/articles/y.md:2:1: error: 'title' is missing or empty"), "\(run.stderr)")
        #expect(lines.contains("2 problems found; nothing was written."), "\(run.stderr)")

        let changes = try TreeSnapshot(of: site.publicFolder).changes(since: before)
        #expect(changes == [])
        let leftovers = try site.leftoverBuildFolders()
        #expect(leftovers == [])
    }

    @Test("a page that cannot be read (here a FIFO) is an error naming it, not a build that waits")
    func unreadablePage() throws {
        let site = try SiteFixture(MinimalSite.with(Self.goodPages))
        defer { site.remove() }
        let path = site.root.appendingPathComponent("Content/articles/pipe.md").path
        try #require(mkfifo(path, 0o644) == 0)
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/pipe.md: error: cannot read the file"), "\(run.stderr)")
    }

    @Test("two inputs that would write the same URL are an error naming both", arguments: [
        ("---\ntitle: A\ndate: 2026-01-05\nslug: same\n---\nA.\n",
         "---\ntitle: B\ndate: 2026-01-06\nslug: same\n---\nB.\n", "/articles/same/"),
        ("---\ntitle: A\ndate: 2026-01-05\n---\nA.\n",
         "---\ntitle: B\ndate: 2026-01-06\naliases: [/articles/a/]\n---\nB.\n", "/articles/a/"),
    ])
    func collision(a: String, b: String, url: String) throws {
        let site = try SiteFixture(MinimalSite.with(["Content/articles/a.md": a, "Content/articles/b.md": b]))
        defer { site.remove() }

        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        let line = run.stderrLines.first { $0.contains(": error: ") && $0.contains(url) }
        #expect(line?.contains("Content/articles/a.md") == true, "\(run.stderr)")
        #expect(line?.contains("Content/articles/b.md") == true, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("a template syntax error is reported at its line and column, in words", arguments: [
        // The parser notices an unclosed section only at the end of the file; the report points at its opening tag.
        ("<!DOCTYPE html>\n<body>\n{{#page}}\n<h1>{{title}}</h1>\n</body>\n",
         "Templates/page.mustache:3:1: error: section 'page' is opened here but never closed"),
        ("<!DOCTYPE html>\n{{#page}}\n<h1>{{title}}</h1>\n{{/pages}}\n",
         "Templates/page.mustache:4:4: error: a section is closed with a name other than the one it was opened with"),
    ])
    func templateSyntax(template: String, expected: String) throws {
        let site = try SiteFixture(MinimalSite.with(Self.goodPages.merging(["Templates/page.mustache": template]) { _, new in new }))
        defer { site.remove() }

        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        let lines = run.stderrLines
        let error = try #require(lines.firstIndex { $0.hasPrefix(expected) }, "\(run.stderr)")
        #expect(lines[error + 1].hasPrefix("  hint: "), "\(run.stderr)")
        for enumName in ["expectedSectionEnd", "sectionCloseNameIncorrect", "ParserError", "Mustache"] {
            #expect(!run.stderr.contains(enumName), "\(run.stderr)")
        }
        #expect(!site.exists("Public"))
    }
}
