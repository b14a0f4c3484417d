import Testing
@testable import SiteGen

@Suite("Output paths and URLs")
struct OutputPathTests {
    @Test("maps folders to index.html and encodes URLs", arguments: [
        ([], "index.html", "/"),
        (["campaigns"], "campaigns/index.html", "/campaigns/"),
        (["campaigns", "a-melody-for-mi"], "campaigns/a-melody-for-mi/index.html", "/campaigns/a-melody-for-mi/"),
        (["tags", "米粉"], "tags/米粉/index.html", "/tags/%E7%B1%B3%E7%B2%89/"),
        (["404.html"], "404.html", "/404.html"),
        (["a b"], "a b/index.html", "/a%20b/"),
    ])
    func paths(components: [String], file: String, url: String) {
        let path = OutputPath(components: components)
        #expect(path.file == file)
        #expect(path.url == url)
    }

    @Test("parses aliases", arguments: [
        ("/old/url/", ["old", "url"]),
        ("old/url", ["old", "url"]),
        ("/./old//", ["old"]),
        ("/%E7%B1%B3%E7%B2%89/", ["米粉"]),
        ("/legacy.html", ["legacy.html"]),
    ])
    func aliases(alias: String, components: [String]) {
        #expect(OutputPath(sitePath: alias)?.components == components)
    }

    @Test("refuses aliases that climb out", arguments: [
        "/../x/", "/a/../../x", "/%2e%2e/%2E%2E/x/", "..", "/a\\..\\b/", "/a/%00/",
    ])
    func refuses(alias: String) {
        #expect(OutputPath(sitePath: alias) == nil)
    }

    @Test("the writer refuses any path outside its folder", arguments: [
        ("a/index.html", true), ("../a", false), ("/etc/passwd", false), ("a/../../b", false),
        ("a//b", false), ("", false), ("./a", false), ("a\\b", false),
        ("a/./b", false), ("a/..", false), ("a/.", false), ("a/b/", false), ("/", false), ("a\0b", false),
        ("...", true), ("a/.../b", true), ("a/.b/c.", true), ("a/b.html", true), ("米/粉.html", true),
    ])
    func containment(path: String, contained: Bool) {
        #expect(OutputWriter.isContained(path) == contained)
    }

    @Test func permalinksUseTheBaseURL() {
        var config = SiteConfig(title: "T")
        config.baseURL = "https://example.org/blog"
        let context = ContextBuilder(config: config)
        let path = OutputPath(components: ["articles", "x"])
        #expect(context.url(path) == "/blog/articles/x/")
        #expect(context.permalink(path) == "https://example.org/blog/articles/x/")
        #expect(context.url(.root) == "/blog/")
    }
}

@Suite("Open Graph locale")
struct OpenGraphLocaleTests {
    @Test(arguments: [("en", "en_US"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("en-GB", "en_GB"), ("de", "de_DE")])
    func locale(language: String, expected: String) {
        #expect(ContextBuilder.openGraphLocale(language) == expected)
    }
}
