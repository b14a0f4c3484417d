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

    private static func render(_ pages: PageRenderer) -> OutputFile {
        let root = pages.site.root
        let outputPath = root.appending(contentsOf: outputPath)
        let strings = pages.context.strings
        let html = pages.render(template, [
            "search": ["index_url": pages.context.url(root.appending(contentsOf: SearchIndexGenerator.outputPath)),
                       "manifest_url": pages.context.url(root.appending(contentsOf: SearchIndexGenerator.manifestPath))],
            "meta": pages.context.meta(title: strings.text("search.title", "Search"),
                                       description: strings.text("search.description", "Search every page of {site}.",
                                                                 ["site": pages.site.config.title]),
                                       path: outputPath),
        ])
        return OutputFile(path: outputPath.file, text: html,
                          source: "\(TemplateLibrary.folder)/\(template)\(TemplateLibrary.fileExtension)")
    }
}
