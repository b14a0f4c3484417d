/// `/search/`, rendered with the theme's `search` template when it has one. The template is
/// optional, so that themes made before search keep building.
enum SearchPageRenderer {
    static let template = "search"
    static let outputPath = OutputPath(components: ["search"])

    static func hasPage(_ templates: TemplateLibrary) -> Bool {
        templates.names.contains(template)
    }

    /// The page, or nil when the theme has no `search` template.
    static func job(_ pages: PageRenderer) -> RenderJob? {
        guard hasPage(pages.templates) else { return nil }
        return RenderJob(pages.site.root.appending(contentsOf: outputPath).file, kind: "search page") { render(pages) }
    }

    /// The page's social card, in the site's language; nil without the page or cards.
    static func card(_ pages: PageRenderer) -> SocialCard? {
        guard hasPage(pages.templates) else { return nil }
        return pages.context.listCard(pages.site.root.appending(contentsOf: outputPath), title: title(pages), source: source)
    }

    private static func title(_ pages: PageRenderer) -> String { pages.context.strings.text("search.title", "Search") }
    private static let source = "\(TemplateLibrary.folder)/\(template)\(TemplateLibrary.fileExtension)"

    private static func render(_ pages: PageRenderer) -> OutputFile {
        let root = pages.site.root
        let outputPath = root.appending(contentsOf: outputPath)
        let strings = pages.context.strings
        let html = pages.render(template, [
            "search": ["index_url": pages.context.url(root.appending(contentsOf: SearchIndexGenerator.outputPath)),
                       "manifest_url": pages.context.url(root.appending(contentsOf: SearchIndexGenerator.manifestPath))],
            "meta": pages.context.meta(title: title(pages),
                                       description: strings.text("search.description", "Search every page of {site}.",
                                                                 ["site": pages.site.config.title]),
                                       path: outputPath, card: card(pages)),
        ])
        return OutputFile(path: outputPath.file, text: html, source: source)
    }
}
