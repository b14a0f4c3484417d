import Foundation
import Testing

@Suite("sitegen check and build: sections that require sources")
struct RequiredSourcesTests {
    static let files: [String: String] = [
        "Content/articles/_index.md": "---\ntitle: Articles\nrequire_sources: true\n---\nIntro.\n",
        "Content/articles/cited.md": """
            ---
            title: Cited
            date: 2026-01-05
            sources:
            - title: A report
              publisher: Storyboard18
              date: 2026-01-12
            ---
            Body.

            """,
        "Content/articles/uncited.md": "---\ntitle: Uncited\ndate: 2026-01-06\n---\nBody.\n",
        // A section that does not ask for sources is not held to it.
        "Content/notes/free.md": "---\ntitle: Free\ndate: 2026-01-07\n---\nBody.\n",
    ]

    static let message = "the page lists no sources, and its section requires them (require_sources: true in Content/articles/_index.md)"

    @Test("check reports each page without sources at its first line, as an error, and writes nothing")
    func checkReportsMissingSources() throws {
        let site = try SiteFixture(MinimalSite.with(Self.files))
        defer { site.remove() }
        let run = try Sitegen.run(["check"], in: site.root)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/uncited.md:1: error: \(Self.message)"), "\(run.stderr)")
        #expect(!run.stderr.contains("Content/articles/cited.md"), "\(run.stderr)")
        #expect(!run.stderr.contains("free.md"), "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("build warns about the same pages and builds")
    func buildWarns() throws {
        let site = try SiteFixture(MinimalSite.with(Self.files))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/uncited.md:1: warning: \(Self.message)"), "\(run.stderr)")
        #expect(site.exists("Public/articles/uncited/index.html"))

        // With every page cited, check passes, and so does build --strict.
        try site.write(["Content/articles/uncited.md": "---\ntitle: Uncited\ndate: 2026-01-06\nsources: [{title: A post, author: A}]\n---\nBody.\n"])
        let check = try Sitegen.run(["check"], in: site.root)
        #expect(check.status == 0, "\(check)")
        #expect(try site.build("--strict").status == 0)
    }

    @Test("build --strict makes each page without sources an error, and writes nothing")
    func strictBuildFails() throws {
        let site = try SiteFixture(MinimalSite.with(Self.files))
        defer { site.remove() }
        let run = try site.build("--strict")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/uncited.md:1: error: \(Self.message)"), "\(run.stderr)")
        #expect(!run.stderrLines.contains { $0.hasPrefix("Content/articles/cited.md") }, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("a fact that names a source the page does not list is an error at its line and column")
    func factNamingAMissingSource() throws {
        var files = Self.files
        files["Content/articles/cited.md"] = """
            ---
            title: Cited
            date: 2026-01-05
            facts:
              entries: {value: 1500, qualifier: more than, source: 2}
            sources:
            - title: A report
              publisher: Storyboard18
            ---
            Body.

            """
        let site = try SiteFixture(MinimalSite.with(files))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/cited.md:5:56: error: fact 'entries' names source 2, but the page lists 1 source"),
                "\(run.stderr)")
        #expect(!site.exists("Public"))
    }
}
