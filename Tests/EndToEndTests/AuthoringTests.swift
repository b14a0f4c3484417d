import Foundation
import Testing

/// `sitegen new` and `sitegen check` through the real binary.
@Suite("sitegen new and check")
struct AuthoringTests {
    @Test("new writes a draft page with front matter and prints its path and URL")
    func newPage() throws {
        let site = try SiteFixture(MinimalSite.with([:]))
        defer { site.remove() }

        let run = try Sitegen.run(["new", "articles/melody", "--title", "No: a melody", "--tags", "music, 米粉", "--date", "2026-01-05"],
                                  in: site.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains("Content/articles/melody.md"))
        #expect(run.stdout.contains("/articles/melody/"))
        #expect(try site.read("Content/articles/melody.md") == """
            ---
            title: "No: a melody"
            date: 2026-01-05
            tags: ["music", "米粉"]
            draft: true
            ---

            Write the first paragraph here: it becomes the summary in lists.

            ## A heading

            More text. Remove `draft: true` above when the page is ready.

            """)
        // The page it wrote builds, as a draft.
        #expect(try site.build("--drafts").status == 0)
    }

    @Test("new refuses to overwrite, and refuses targets that are empty or leave Content/",
          arguments: ["articles/existing", "../escape", "articles/..", "/abs", "articles/", "a/b/c", ".hidden/x"])
    func newRefuses(target: String) throws {
        let site = try SiteFixture(MinimalSite.with(["Content/articles/existing.md": "---\ntitle: Keep me\ndate: 2026-01-05\n---\n"]))
        defer { site.remove() }
        let before = try TreeSnapshot(of: site.sandbox)

        let run = try Sitegen.run(["new", target], in: site.root)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("error: "), "\(run)")
        #expect(try TreeSnapshot(of: site.sandbox).changes(since: before).isEmpty)
    }

    @Test("check reports a broken link and a missing anchor at their Markdown line and column, and writes nothing")
    func checkLinks() throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/a.md": "---\ntitle: A\ndate: 2026-01-05\n---\n## Intro\n\n米粉 see [b](/articles/b/) and [gone](/articles/gone/).\n\n[bad anchor](/articles/b/#nope) [ok](../b/#details)\n",
            "Content/articles/b.md": "---\ntitle: B\ndate: 2026-01-06\n---\n## Details\n\n[self](#intro-missing)\n",
        ]))
        defer { site.remove() }
        let before = try TreeSnapshot(of: site.sandbox)

        let run = try Sitegen.run(["check"], in: site.root)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Content/articles/a.md:7:30: error: link to '/articles/gone/' goes nowhere"), "\(run.stderr)")
        #expect(run.stderr.contains("Content/articles/a.md:9:1: error: link to '/articles/b/#nope' names no heading '#nope'"), "\(run.stderr)")
        #expect(run.stderr.contains("Content/articles/b.md:7:1: error: link to '#intro-missing'"), "\(run.stderr)")
        #expect(!run.stderr.contains("../b/#details"), "a good relative link is not reported")
        #expect(try TreeSnapshot(of: site.sandbox).changes(since: before).isEmpty)

        // build warns about the same links but builds; --strict refuses.
        let build = try site.build()
        #expect(build.status == 0, "\(build)")
        #expect(build.stderr.contains("Content/articles/a.md:7:30: warning: link to '/articles/gone/'"), "\(build.stderr)")
        let strict = try site.build("--strict")
        #expect(strict.status == 1, "\(strict)")
    }

    @Test("check passes a clean site with exit 0")
    func checkClean() throws {
        let site = try SiteFixture(MinimalSite.with(["Content/articles/a.md": "---\ntitle: A\ndate: 2026-01-05\n---\nSee [home](/).\n"]))
        defer { site.remove() }
        let run = try Sitegen.run(["check"], in: site.root)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.hasPrefix("Checked 1 pages"))
        #expect(!site.exists("Public"))
    }
}
