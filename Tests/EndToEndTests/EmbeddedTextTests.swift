import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("sitegen build: text that must not break a page, a feed or the site's links")
struct EmbeddedTextTests {
    /// A head with the JSON-LD every page of the default theme carries.
    static let headWithJSONLD = """
        <!DOCTYPE html>
        <html><head><title>{{meta.title}}</title>
        <script type="application/ld+json">{{{meta.json_ld}}}</script>
        </head>
        <body><main>{{page.title}}{{home.title}}</main></body></html>

        """

    /// The text of the page's `ld+json` script element, up to the first `</script` an HTML
    /// parser would take for its end.
    static func jsonLD(in html: String) throws -> String {
        let open = try #require(html.range(of: "<script type=\"application/ld+json\">"))
        let close = try #require(html.range(of: "</script", range: open.upperBound..<html.endIndex))
        return String(html[open.upperBound..<close.lowerBound])
    }

    @Test("JSON-LD escapes <, > and &, so that a title or description cannot swallow the page into the script")
    func jsonLDEscaped() throws {
        let title = "Why <!--<script> hacks broke old browsers & </script> too"
        let site = try SiteFixture(MinimalSite.with([
            "site.yaml": MinimalSite.siteYAML + "description: \"Old <!--<script> tricks\"\n",
            "Templates/page.mustache": Self.headWithJSONLD,
            "Templates/home.mustache": Self.headWithJSONLD,
            "Content/articles/x.md": "---\ntitle: \"\(title)\"\ndate: 2026-01-05\n---\nBody.\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        try #require(run.status == 0, "\(run)")

        for (file, name, value) in [("Public/articles/x/index.html", "headline", title),
                                    ("Public/index.html", "description", "Old <!--<script> tricks")] {
            let html = try site.read(file)
            let json = try Self.jsonLD(in: html)
            #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"), "\(json)")
            #expect(!json.contains("\u{2028}"), "\(json)")
            // What follows the script is still the page, not script text.
            #expect(html.contains("\(json)</script>\n</head>\n<body><main>"), "\(html)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
            #expect(object[name] as? String == value)
        }
    }

    @Test("characters XML forbids in a title, a tag or a page's text are left out of every feed and the sitemap")
    func feedsWellFormed() throws {
        let site = try SiteFixture(MinimalSite.with([
            "site.yaml": MinimalSite.siteYAML + "description: \"Notes\\uFFFE\"\n",
            "Content/articles/x.md": """
                ---
                title: "Half \\uFFFE\\uFFFF\\u0001 done"
                date: 2026-01-05
                tags: ["odd\\uFFFF tag"]
                ---
                Body with \u{FFFF} and \u{FFFE} in it.

                """,
        ]))
        defer { site.remove() }
        let run = try site.build()
        try #require(run.status == 0, "\(run)")

        let feeds = ["Public/feed.xml", "Public/tags/odd-tag/feed.xml", "Public/sitemap.xml"]
        for feed in feeds {
            let text = try site.read(feed)
            #expect(XMLCheck.problem(in: Data(text.utf8)) == nil, "\(feed): \(text)")
        }
        let feed = try site.read("Public/feed.xml")
        #expect(feed.contains("<title>Half  done</title>"), "\(feed)")
        #expect(feed.contains("<subtitle>Notes</subtitle>"), "\(feed)")
        #expect(feed.contains("Body with  and  in it."), "\(feed)")
    }

    @Test("a base URL whose path starts with // (another host), or with a query or fragment, is refused at its line", arguments: [
        ("https://x.org//evil.example/", "has a path starting with '//', which browsers read as another host"),
        ("https://x.org/blog?a=b", "has a query ('?'), which cannot start a site's links"),
        ("https://x.org/#top", "has a fragment ('#'), which cannot start a site's links"),
        ("https://me@x.org/", "has a user name before the host, which every link would carry"),
        ("https://x.org/a/../b/", "has a '.' or '..' folder in its path"),
    ])
    func baseURLRefused(url: String, problem: String) throws {
        let site = try SiteFixture(MinimalSite.with([
            "site.yaml": "title: Test Site\nbase_url: \(url)\n",
            "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody.\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("site.yaml:2:11: error: base_url '\(url)' \(problem)"), "\(run.stderr)")
        #expect(!site.exists("Public"))

        try site.write(["site.yaml": "title: Test Site\nbase_url: https://test.example/\n"])
        let override = try site.build("--base-url", url)
        #expect(override.status == 1, "\(override)")
        #expect(override.stderrLines.contains("--base-url: error: '\(url)' \(problem)"), "\(override.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("a base URL with a percent-encoded folder keeps it in every link")
    func encodedBasePath() throws {
        let site = try SiteFixture(MinimalSite.with([
            "site.yaml": "title: Test Site\nbase_url: https://x.org/my%20blog/\n",
            "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\n---\nBody.\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        try #require(run.status == 0, "\(run)")
        let page = try site.read("Public/articles/x/index.html")
        #expect(page.contains("<link rel=\"canonical\" href=\"https://x.org/my%20blog/articles/x/\">"), "\(page)")
        #expect(page.contains("<a href=\"/my%20blog/\">Test Site</a>"), "\(page)")
    }
}

/// Whether bytes are well-formed XML, as a feed reader's parser decides.
enum XMLCheck {
    static func problem(in data: Data) -> String? {
        let parser = XMLParser(data: data)
        return parser.parse() ? nil : "\(parser.parserError.map { "\($0)" } ?? "not well-formed") at line \(parser.lineNumber)"
    }
}

@Suite("sitegen build: links written in front matter")
struct FrontMatterLinkTests {
    @Test("a javascript: URL in the home page's timeline is an error at its item, and no page is written with it")
    func timelineLink() throws {
        let site = try SiteFixture(MinimalSite.with([
            "Templates/home.mustache": "<ol>{{#home.params.timeline}}<li><a href=\"{{url}}\">{{title}}</a></li>{{/home.params.timeline}}</ol>\n",
            "Content/_index.md": """
                ---
                title: Home
                timeline:
                  - title: Fine
                    url: /articles/x/
                  - title: Click me
                    url: javascript:alert(document.cookie)
                ---
                Welcome.

                """,
            "Content/articles/x.md": "---\ntitle: X\ndate: 2026-01-05\nimage: \"java\\tscript:alert(1)\"\n---\nBody.\n",
        ]))
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/_index.md:6:5: error: 'timeline[2].url' is 'javascript:alert(document.cookie)', "
                                         + "a link with a scheme other than http, https or mailto"), "\(run.stderr)")
        #expect(run.stderrLines.contains("Content/articles/x.md:4:8: error: 'image' is 'java\\tscript:alert(1)', "
                                         + "a link with a scheme other than http, https or mailto"), "\(run.stderr)")
        #expect(!site.exists("Public"))
    }
}
