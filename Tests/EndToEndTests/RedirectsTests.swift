import Foundation
import Testing

/// `_redirects` from the pages' aliases, written when `site.yaml` names the host that reads it.
@Suite("the _redirects file")
struct RedirectsTests {
    static func site(_ settings: String, baseURL: String = "https://test.example/") throws -> SiteFixture {
        try SiteFixture(MinimalSite.with([
            "site.yaml": MinimalSite.siteYAML.replacingOccurrences(of: "https://test.example/", with: baseURL) + settings,
            "Content/articles/a.md": "---\ntitle: A\ndate: 2024-01-02\naliases: [/old/a/, /2024/a.html]\n---\nA.\n",
            "Content/articles/b.md": "---\ntitle: B\ndate: 2024-01-03\naliases: /archive-of-b/\n---\nB.\n",
            "Content/about.md": "---\ntitle: Über\nslug: über\naliases: [/alt über/]\n---\nAbout.\n",
        ]))
    }

    @Test("for Netlify, each alias is a forced 301 to its page, beside the redirect pages")
    func netlify() throws {
        let site = try Self.site("redirects_file: netlify\n")
        defer { site.remove() }
        let run = try site.build()
        try #require(run.status == 0, "\(run)")

        #expect(try site.read("Public/_redirects") == """
            # Written by sitegen from the pages' aliases, for netlify (redirects_file in site.yaml).
            /archive-of-b/ /articles/b/ 301!
            /old/a/ /articles/a/ 301!
            /2024/a.html /articles/a/ 301!
            /alt%20%C3%BCber/ /%C3%BCber/ 301!

            """)
        #expect(site.exists("Public/old/a/index.html"), "the redirect pages stay, for every other server")
    }

    @Test("for Cloudflare Pages, plain 301s that its parser takes, under the base path")
    func cloudflare() throws {
        let site = try Self.site("redirects_file: cloudflare\n", baseURL: "https://user.example/blog/")
        defer { site.remove() }
        let run = try site.build()
        try #require(run.status == 0, "\(run)")

        let lines = try site.read("Public/_redirects").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.first == "/blog/archive-of-b/ /blog/articles/b/ 301")
        #expect(lines.count == 4)
        // Cloudflare's rules: source, destination and a status it allows; no source twice.
        for line in lines {
            let fields = line.split(separator: " ")
            #expect(fields.count == 3 && fields[0].hasPrefix("/blog/") && fields[1].hasPrefix("/blog/"), "\(line)")
            #expect(["301", "302", "303", "307", "308"].contains(String(fields.last!)), "\(line)")
        }
        #expect(Set(lines.map { $0.split(separator: " ")[0] }).count == lines.count)
    }

    @Test("no _redirects unless site.yaml asks, and none once it stops asking")
    func onlyWhenAsked() throws {
        let site = try Self.site("redirects_file: cloudflare\n")
        defer { site.remove() }
        #expect(try site.build().status == 0)
        #expect(site.exists("Public/_redirects"))

        try site.write(["site.yaml": MinimalSite.siteYAML])
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        #expect(!site.exists("Public/_redirects"))
        #expect(site.exists("Public/old/a/index.html"))
    }

    @Test("a host sitegen does not know is an error at its line and column")
    func unknownHost() throws {
        let site = try Self.site("redirects_file: github\n")
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.first == "site.yaml:5:17: error: 'redirects_file' must be netlify or cloudflare, found 'github'",
                "\(run.stderr)")
        #expect(!site.exists("Public"))
    }
}
