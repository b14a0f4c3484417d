import Foundation
import Testing

@Suite("sitegen build: --output, --base-url, --drafts")
struct BuildOptionTests {
    static let pages: [String: String] = [
        "Content/articles/first-post.md": """
            ---
            title: First post
            date: 2026-01-05
            tags: [news]
            aliases: [/old/first/]
            ---
            The first paragraph.

            """,
    ]

    @Test("--output DIR builds there, and not into Public/")
    func output() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages))
        defer { site.remove() }
        let elsewhere = site.sandbox.appendingPathComponent("elsewhere")

        let run = try site.build("--output", elsewhere.path)
        #expect(run.status == 0, "\(run)")
        // The page's social card, and the lists': home, the section, tags and the tag, the archive, its year and month.
        #expect(run.stdout.contains(" files written to elsewhere/, 8 of them images encoded in "), "\(run.stdout)")
        let built = try TreeSnapshot(of: elsewhere)
        for file in ["index.html", "articles/first-post/index.html", "404.html", "robots.txt", "sitemap.xml"] {
            #expect(built.files.contains(file), "missing elsewhere/\(file); built: \(built.files)")
        }
        #expect(!site.exists("Public"))
    }

    @Test("--base-url replaces base_url in canonical links, root-relative links and the sitemap")
    func baseURL() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages))
        defer { site.remove() }

        let run = try site.build("--base-url", "https://example.org/sub/")
        #expect(run.status == 0, "\(run)")

        let page = try site.read("Public/articles/first-post/index.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://example.org/sub/articles/first-post/\">"), "\(page)")
        #expect(page.contains("<a href=\"/sub/\">Test Site</a>"), "\(page)")
        #expect(page.contains("<a href=\"/sub/tags/news/\">news</a>"), "\(page)")

        let built = try TreeSnapshot(of: site.publicFolder)
        #expect(built.files.contains("old/first/index.html"))
        for file in built.files where file.hasSuffix(".html") || file.hasSuffix(".xml") || file.hasSuffix(".txt") {
            let text = try site.read("Public/\(file)")
            #expect(!text.contains("test.example"), "\(file) still uses base_url from site.yaml")
            // HTML links may be root-relative; links in feeds and the sitemap must be absolute.
            let prefixes = file.hasSuffix(".html") ? ["https://example.org/sub/", "/sub/"] : ["https://example.org/sub/"]
            for match in text.matches(of: /(?:href=|url=|<loc>)"?([^"< >]*)/) {
                let link = String(match.1)
                #expect(prefixes.contains { link.hasPrefix($0) }, "\(file): \(link)")
            }
        }
        #expect(try site.read("Public/robots.txt").contains("Sitemap: https://example.org/sub/sitemap.xml\n"))
        #expect(try site.read("Public/sitemap.xml").contains("<loc>https://example.org/sub/articles/first-post/</loc>"))
    }

    @Test("a draft is left out, unless --drafts")
    func drafts() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages.merging([
            "Content/articles/work-in-progress.md": """
                ---
                title: Work in progress
                date: 2026-01-07
                draft: true
                ---
                Not ready.

                """,
        ]) { _, new in new }))
        defer { site.remove() }

        let plain = try site.build()
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stdout.hasPrefix("Built 1 page in 1 section, "), "\(plain.stdout)")
        #expect(!site.exists("Public/articles/work-in-progress"))
        #expect(try !site.read("Public/index.html").contains("Work in progress"))
        #expect(try !site.read("Public/articles/index.html").contains("Work in progress"))
        #expect(try !site.read("Public/sitemap.xml").contains("work-in-progress"))

        let withDrafts = try site.build("--drafts")
        #expect(withDrafts.status == 0, "\(withDrafts)")
        #expect(withDrafts.stdout.hasPrefix("Built 2 pages in 1 section, "), "\(withDrafts.stdout)")
        #expect(try site.read("Public/articles/work-in-progress/index.html").contains("<h1>Work in progress</h1>"))
        #expect(try site.read("Public/index.html").contains("<a href=\"/articles/work-in-progress/\">Work in progress</a>"))
    }

    @Test("a page dated in the future is left out with a notice naming it, unless --future")
    func future() throws {
        let site = try SiteFixture(MinimalSite.with(Self.pages.merging([
            "Content/articles/next-century.md": "---\ntitle: Next century\ndate: 2999-01-01\n---\nLater.\n",
        ]) { _, new in new }))
        defer { site.remove() }

        let plain = try site.build()
        #expect(plain.status == 0, "\(plain)")
        #expect(plain.stderr.filter { $0 == "\n" }.count == 1, "one line: \(plain.stderr)")
        #expect(plain.stderr.hasPrefix("note: left out 1 page dated in the future: Content/articles/next-century.md (2999-01-01"))
        #expect(plain.stderr.contains("--future"))
        #expect(!site.exists("Public/articles/next-century"))
        #expect(try !site.read("Public/feed.xml").contains("Next century"))

        let withFuture = try site.build("--future")
        #expect(withFuture.status == 0, "\(withFuture)")
        #expect(withFuture.stderr.isEmpty)
        #expect(site.exists("Public/articles/next-century/index.html"))
        #expect(try site.read("Public/archive/2999/01/index.html").contains("Next century"))
    }
}
