import Foundation
import Testing

@Suite("sitegen build: nothing is written outside the output folder")
struct ContainmentTests {
    /// Builds `site`, expecting a refusal, and checks that the whole sandbox is untouched.
    private func expectRefusal(_ site: SiteFixture, _ arguments: String..., in directory: URL? = nil) throws -> Sitegen.Run {
        let before = try TreeSnapshot(of: site.sandbox)
        let run = try Sitegen.run(["build", "--root", site.root.path] + arguments, in: directory ?? site.sandbox)
        #expect(run.status == 1, "\(run)")
        #expect(run.stdout == "")
        let changes = try TreeSnapshot(of: site.sandbox).changes(since: before)
        #expect(changes == [])
        return run
    }

    @Test("a slug that climbs out of its folder is refused at its line", arguments: ["../../escape", "..", "/tmp/escape"])
    func slug(slug: String) throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/x.md": "---\ntitle: Escape\ndate: 2026-01-05\nslug: \(slug)\n---\nBody.\n",
        ]))
        defer { site.remove() }

        let run = try expectRefusal(site)
        #expect(run.stderrLines.contains { $0.hasPrefix("Content/articles/x.md:4:7: error: slug '\(slug)' ") }, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("an alias that climbs out of the site is refused at its line",
          arguments: [("[/../../outside/]", 11), ("[\"/%2e%2e/%2e%2e/x/\"]", 11), ("/../outside/", 10), ("[/ok/, /a/%2E%2E/%2E%2E/%2E%2E/y/]", 17)])
    func alias(aliases: String, column: Int) throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/x.md": "---\ntitle: Escape\ndate: 2026-01-05\naliases: \(aliases)\n---\nBody.\n",
        ]))
        defer { site.remove() }

        let run = try expectRefusal(site)
        let error = run.stderrLines.first { $0.hasPrefix("Content/articles/x.md:4:\(column): error: alias '") }
        #expect(error?.hasSuffix("' would be written outside the output folder") == true, "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("--output naming the site's own folders is refused, and nothing is deleted",
          arguments: [".", "./", "Content", "Templates", "Content/articles", ".."])
    func outputOverSources(output: String) throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody.\n",
        ]))
        defer { site.remove() }
        let good = try site.build()
        try #require(good.status == 0, "\(good)")

        // `--output` is relative to the working folder, so run from the site's folder.
        let run = try expectRefusal(site, "--output", output, in: site.root)
        #expect(run.stderrLines.contains { $0.hasPrefix("--output: error: refusing to build into ") }, "\(run.stderr)")
        #expect(site.exists("site.yaml") && site.exists("Content/articles/x.md") && site.exists("Templates/page.mustache"))
        #expect(site.exists("Public/articles/x/index.html"))
    }
}
