import Foundation
import Testing

/// Aliases may not reach into the deployer's hidden files or into the site's own files, and
/// every such mistake is reported at the alias's line.
@Suite("sitegen build: aliases stay in their place")
struct AliasSafetyTests {
    static func site(aliases: String) -> [String: String] {
        MinimalSite.with([
            "Templates/search.mustache": "<!DOCTYPE html><html lang=\"en\"><head><title>Search</title></head><body></body></html>\n",
            "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\naliases: \(aliases)\n---\nBody.\n",
        ])
    }

    @Test("an alias into a hidden folder or file is an error at its line, and git's files stay as they were",
          arguments: [("[/.git/HEAD, /ok/]", 11, ".git"), ("[/ok/, /.htaccess]", 17, ".htaccess"), ("[/a/.well-known/x/]", 11, ".well-known")])
    func hidden(aliases: String, column: Int, name: String) throws {
        let site = try SiteFixture(Self.site(aliases: "[/first/]"))
        defer { site.remove() }
        #expect(try site.build().status == 0)
        try site.write(["Public/.git/HEAD": "ref: refs/heads/main\n", "Public/.git/config": "[core]\n"])
        try site.write(["Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\naliases: \(aliases)\n---\nBody.\n"])
        let before = try TreeSnapshot(of: site.sandbox)

        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Content/articles/x.md:4:\(column): error: ") && $0.contains("'\(name)', a hidden name") },
                "\(run.stderr)")
        #expect(try TreeSnapshot(of: site.sandbox).changes(since: before) == [])
    }

    @Test("an alias through a file the site generates is an error at its line, on every build",
          arguments: ["[/search.json/x/]", "[/feed.xml/]", "[/robots.txt/y/]", "[/search.json]"])
    func throughGeneratedFile(aliases: String) throws {
        let site = try SiteFixture(Self.site(aliases: aliases))
        defer { site.remove() }
        for attempt in 1...2 {
            let run = try site.build()
            #expect(run.status == 1, "attempt \(attempt): \(run)")
            #expect(run.stderrLines.contains { $0.hasPrefix("Content/articles/x.md:4:11: error: ")
                && ($0.contains("would be written inside /") || $0.contains("would both write")) },
                    "attempt \(attempt): \(run.stderr)")
            if attempt == 1 {
                // Once more over an existing site.
                try site.write(["Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody.\n"])
                #expect(try site.build().status == 0)
                try site.write(["Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\naliases: \(aliases)\n---\nBody.\n"])
            }
        }
    }

    @Test("an alias too long for a file system is an error at its line, at once", arguments: [2_000, 50_000])
    func tooLong(segments: Int) throws {
        let site = try SiteFixture(Self.site(aliases: "[/" + String(repeating: "x/", count: segments) + "]"))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Content/articles/x.md:4:11: error: /x/x/") && $0.contains("longer than file systems allow") },
                "\(run.stderr.prefix(500))")
        #expect(!site.exists("Public"))
    }

    @Test("an alias listed twice is reported at its second line")
    func twice() throws {
        let site = try SiteFixture(Self.site(aliases: "[/a/, /a/]"))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/articles/x.md:4:16: error: Content/articles/x.md asks twice for /a/"), "\(run.stderr)")
    }
}
