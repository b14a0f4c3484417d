import Testing
@testable import SiteGen

@Suite("Link checks")
struct LinkCheckerTests {
    @Test("resolves . and .. as a browser does", arguments: [
        ("/articles/a/../b/", "/articles/b/"), ("/articles/a/./b", "/articles/a/b"), ("/a/b/../../", "/"),
        ("/../x/", nil), ("/", "/"),
    ] as [(String, String?)])
    func normalize(path: String, expected: String?) {
        #expect(LinkChecker.normalize(path) == expected)
    }

    @Test("leaves links with a scheme or host alone", arguments: [
        ("https://example.org/", true), ("mailto:a@b.c", true), ("//cdn.example/x.js", true), ("tel:+123", true),
        ("/articles/x/", false), ("../x/", false), ("#top", false), ("a:b/c", true), ("x/y:z", false),
    ])
    func external(destination: String, isExternal: Bool) {
        #expect(LinkChecker.isExternal(destination) == isExternal)
    }

    @Test("link columns count characters, not bytes")
    func characterColumns() {
        let links = Markdown.render("米粉 [a](/x/)", lineOffset: 4).links
        #expect(links.first?.column == 4)
        #expect(links.first?.line == 5)
    }

    @Test("plain paths take the short way, to the same answers as the long one", arguments: [
        "/posts/a-b/", "/posts/a-b", "/", "/assets/style.css", "/tags/%E7%B1%B3/", "/a/./b/", "/a/../b", "//host/x",
        "/a//b/", "/.well-known/x", "/a\\b/", "posts/a/", "/米粉/",
    ])
    func plainPaths(path: String) {
        if LinkChecker.isPlain(path) { #expect(LinkChecker.normalize(path) == path) }
        if let joined = LinkChecker.plainSegments(path) {
            #expect(joined == OutputPath(sitePath: path)?.components.joined(separator: "/"))
        }
    }

    @Test("schemes by their bytes, as by their characters", arguments: [
        ("https://x.org/", true), ("mailto:a@b.c", true), ("web+app:x", true), ("/a:b", false), ("a/b:c", false),
        (":x", false), ("café:x", true), ("x y:z", false), ("//cdn.org/x", true), ("#top", false),
    ])
    func schemes(destination: String, external: Bool) {
        #expect(LinkChecker.isExternal(destination) == external)
    }
}
