import Testing
@testable import SiteGen

@Suite("Links in front matter")
struct FrontMatterLinksTests {
    @Test("a link is allowed within the site or with http, https or mailto, read as a browser reads it", arguments: [
        ("https://example.org/a", true), ("HTTP://example.org", true), ("mailto:a@b.org", true), ("//cdn.example.org/x", true),
        ("/articles/x/", true), ("../x/", true), ("x.html", true), ("#top", true), ("?q=a:b", true), ("a/b:c", true),
        ("my file:1", true), ("", true),
        ("javascript:alert(1)", false), ("JavaScript:alert(1)", false), (" \u{1}javascript:alert(1)", false),
        ("java\tscript:alert(1)", false), ("java\nscript:x", false), ("data:text/html,<script>x</script>", false),
        ("vbscript:x", false), ("file:///etc/passwd", false), ("tel:+1234", false),
    ])
    func rule(destination: String, allowed: Bool) {
        #expect(FrontMatterLinks.isSafeDestination(destination) == allowed)
    }

    @Test("links are found at any depth under link keys, and named by their path")
    func found() {
        let params: [String: FrontMatterValue] = [
            "timeline": .list([
                .map([.init(key: "year", value: .string("2019")), .init(key: "url", value: .string("/a/"))]),
                .map([.init(key: "title", value: .string("x")), .init(key: "url", value: .string("javascript:alert(1)"))]),
            ]),
            "image": .string("data:image/svg+xml,<svg/>"),
            "note": .string("javascript: is not a link here"),
            "author": .map([.init(key: "home_url", value: .string("vbscript:x"))]),
        ]
        #expect(FrontMatterLinks.unsafeLinks(in: params) == [
            .init(keyPath: "author.home_url", value: "vbscript:x", topKey: "author"),
            .init(keyPath: "image", value: "data:image/svg+xml,<svg/>", topKey: "image"),
            .init(keyPath: "timeline[2].url", value: "javascript:alert(1)", topKey: "timeline", item: 1),
        ])
    }

    @Test("a site.yaml setting that is an unsafe link is an error at its line")
    func siteSettings() throws {
        let yaml = "title: T\nsocial:\n  - name: x\n    url: javascript:alert(1)\n"
        guard case .failure(let failure) = SiteConfig.decode(yaml) else {
            Issue.record("the settings were accepted")
            return
        }
        #expect(failure.diagnostics.map(\.description) == [
            "site.yaml:4:10: error: 'social[1].url' is 'javascript:alert(1)', a link with a scheme other than http, https or mailto\n"
                + "  hint: write a web address (https://…), a mailto: address, or a path within the site (/articles/x/)",
        ])
    }
}
