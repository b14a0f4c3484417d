/// `robots.txt`: everything may be crawled; the sitemap is named with its absolute URL.
enum RobotsGenerator {
    static func job(_ context: ContextBuilder) -> RenderJob {
        RenderJob("robots.txt", kind: "robots") { render(context) }
    }

    static func render(_ context: ContextBuilder) -> OutputFile {
        let sitemap = context.permalink(OutputPath(components: ["sitemap.xml"]))
        return OutputFile(path: "robots.txt", text: "User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n", source: "site.yaml")
    }
}
