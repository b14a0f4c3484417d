import Foundation
import Testing

@Suite("sitegen build: a good site")
struct BuildTests {
    static let pages: [String: String] = [
        "Content/articles/2026-01-05-first-post.md": """
            ---
            title: First post
            date: 2026-01-05
            tags: [news, co-creation]
            ---
            The first paragraph.

            """,
        "Content/articles/second.md": """
            ---
            title: Second post
            date: 2026-01-06
            ---
            More.

            """,
        "Content/about.md": """
            ---
            title: About
            ---
            About this site.

            """,
    ]

    @Test("builds every page, prints one summary line, and leaves no staging folder behind")
    func goodSite() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages))
        defer { site.remove() }

        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        #expect(run.stderr == "")
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 2 && lines[1] == "", "one line, ending in a newline: \(run.stdout)")
        let summary = try #require(lines.first.map(String.init))
        // The images encoded: the pages' social cards, and the lists': home, the section, tags and
        // each tag, the archive, its year and month.
        let match = try #require(
            summary.wholeMatch(of: /Built 3 pages in 1 section, 2 tags: (\d+) files written to Public\/, 11 of them images encoded in \d+\.\d\d s/),
            "summary: \(summary)")

        let built = try TreeSnapshot(of: site.publicFolder)
        for file in ["index.html", "404.html", "robots.txt", "sitemap.xml", "articles/index.html",
                     "articles/first-post/index.html", "articles/second/index.html", "about/index.html"] {
            #expect(built.files.contains(file), "missing Public/\(file); built: \(built.files)")
        }
        #expect(Int(match.1) == built.files.count, "the summary counts the files in Public/")

        let first = try site.read("Public/articles/first-post/index.html")
        #expect(first.contains("<h1>First post</h1>"))
        #expect(first.contains("<time datetime=\"2026-01-05T00:00:00Z\">2026-01-05</time>"))
        #expect(first.contains("<p>The first paragraph.</p>"))
        #expect(first.contains("<link rel=\"canonical\" href=\"https://test.example/articles/first-post/\">"))
        #expect(try site.read("Public/404.html").contains("<h1>Page not found</h1>"))
        #expect(try site.read("Public/robots.txt").contains("Sitemap: https://test.example/sitemap.xml\n"))
        let sitemap = try site.read("Public/sitemap.xml")
        for url in ["", "articles/", "articles/first-post/", "articles/second/", "about/"] {
            #expect(sitemap.contains("<loc>https://test.example/\(url)</loc>"), "sitemap lacks /\(url)")
        }
        // Newest first on the home page.
        let home = try site.read("Public/index.html")
        let second = try #require(home.range(of: "Second post")), firstPost = try #require(home.range(of: "First post"))
        #expect(second.lowerBound < firstPost.lowerBound)

        // A rebuild swaps the new site in over the old one; neither staging nor retired copy stays.
        let again = try site.build()
        #expect(again.status == 0, "\(again)")
        let changes = try TreeSnapshot(of: site.publicFolder).changes(since: built)
        #expect(changes == [])
        let leftovers = try site.leftoverBuildFolders()
        #expect(leftovers == [])
    }

    @Test("the same input builds byte-identical output folders")
    func deterministic() throws {
        var files = MinimalSite.with([
            "Templates/assets/style.css": "body { color: #222; }\n",
            "Content/_index.md": "---\ntitle: Home\n---\nWelcome.\n",
            "Content/articles/_index.md": "---\ntitle: Articles\n---\nAll the articles.\n",
        ])
        // Equal dates and titles on purpose: the order must come from the tie-breaks, not from
        // which render thread finished first.
        for number in 1...16 {
            files["Content/articles/page-\(number).md"] = """
                ---
                title: \(number % 3 == 0 ? "Same title" : "Page \(number)")
                date: 2026-01-0\(number % 4 + 1)
                tags: [米粉, Co-creation, news]
                aliases: [/old/page-\(number)/]
                ---
                ## Part one

                Text of page \(number), 中文内容。

                ## Part two

                """
        }
        let site = try SiteFixture(files)
        defer { site.remove() }
        let one = site.sandbox.appendingPathComponent("one"), two = site.sandbox.appendingPathComponent("two")

        let firstRun = try site.build("--output", one.path)
        let secondRun = try site.build("--output", two.path)
        #expect(firstRun.status == 0, "\(firstRun)")
        #expect(secondRun.status == 0, "\(secondRun)")

        let first = try TreeSnapshot(of: one), second = try TreeSnapshot(of: two)
        #expect(first.files.count > 16, "built: \(first.files)")
        #expect(first.files.contains("assets/style.css"))
        #expect(first.files.contains("old/page-7/index.html"))
        #expect(second.changes(since: first) == [])
        #expect(second == first)
    }
}

@Suite("sitegen build: rebuilding")
struct RebuildTests {
    @Test("a rebuild keeps the modification time of every file whose bytes did not change")
    func unchangedFilesKeepTheirTime() async throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/a.md": "---\ntitle: A\ndate: 2026-01-05\n---\nFirst.\n",
            "Content/articles/b.md": "---\ntitle: B\ndate: 2026-01-04\n---\nSecond.\n",
        ]))
        defer { site.remove() }
        #expect(try site.build().status == 0)
        let a = site.publicFolder.appendingPathComponent("articles/a/index.html")
        let b = site.publicFolder.appendingPathComponent("articles/b/index.html")
        func modified(_ url: URL) throws -> Date { try url.resourceValues(forKeys: [.contentModificationDateKey]).contentModificationDate! }
        let (aBefore, bBefore) = (try modified(a), try modified(b))

        try await Task.sleep(for: .milliseconds(1100))
        try site.write(["Content/articles/b.md": "---\ntitle: B\ndate: 2026-01-04\n---\nSecond, edited.\n"])
        #expect(try site.build().status == 0)
        #expect(try modified(a) == aBefore, "an unchanged page was rewritten")
        #expect(try modified(b) > bBefore, "the edited page was not rewritten")
        #expect(try site.read("Public/articles/b/index.html").contains("Second, edited."))
    }
}
