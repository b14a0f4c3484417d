import Foundation

/// Renders the single pages of a site with its templates: every page, the home page and
/// `404.html`; holds the values that every list shares.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateLibrary
    let context: ContextBuilder
    /// `page` context of every page, by source path, built once and shared by all lists.
    let pageValues: Unchecked<[String: [String: Any]]>
    let siteValue: Unchecked<[String: Any]>
    let related: RelatedPages

    init(site: Site, templates: TemplateLibrary) {
        self.site = site
        self.templates = templates
        let context = ContextBuilder(config: site.config)
        self.context = context
        let values = site.pages.concurrentMap { Unchecked(value: ($0.sourcePath, context.page($0))) }
        self.pageValues = Unchecked(value: Dictionary(uniqueKeysWithValues: values.map(\.value)))
        self.siteValue = Unchecked(value: context.site(site))
        self.related = RelatedPages(tags: site.tags)
    }

    /// A page whose `template:` names a template the theme lacks.
    func missingTemplates() -> [Diagnostic] {
        site.pages.compactMap { page in
            guard let name = page.frontMatter.template, !templates.names.contains(name) else { return nil }
            let position = page.frontMatter.positions["template"]
            return Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column,
                              message: "template '\(name)' does not exist",
                              hint: "create \(TemplateLibrary.folder)/\(name)\(TemplateLibrary.fileExtension), or remove 'template:'")
        }
    }

    func renderAll() -> [OutputFile] {
        var files = site.pages.concurrentMap(renderPage)
        files.append(renderHome())
        files.append(renderNotFound())
        return files
    }

    /// Renders a template with `site` added to its values.
    func render(_ template: String, _ values: [String: Any]) -> String {
        var values = values
        values["site"] = siteValue.value
        return templates.render(template, values)
    }

    func values(_ pages: [Page]) -> [[String: Any]] {
        pages.map { pageValues.value[$0.sourcePath]! }
    }

    func renderPage(_ page: Page) -> OutputFile {
        let path = page.outputPath
        var values: [String: Any] = [
            "page": pageValues.value[page.sourcePath]!,
            "related": values(related.find(for: page)),
            "meta": context.meta(title: page.title, description: page.summary, path: path, article: page),
        ]
        if let newer = site.neighbours[page.sourcePath]?.newer { values["newer"] = pageValues.value[newer.sourcePath]! }
        if let older = site.neighbours[page.sourcePath]?.older { values["older"] = pageValues.value[older.sourcePath]! }
        let html = render(page.frontMatter.template ?? "page", values)
        return OutputFile(path: path.file, text: html, source: page.sourcePath)
    }

    func renderHome() -> OutputFile {
        let latest = Array(site.datedPages.prefix(site.config.paginate))
        let featured = site.pages.filter { $0.frontMatter.params["featured"] == .bool(true) }
        let html = render("home", [
            "home": index(site.home, path: .root),
            "pages": values(latest),
            "featured": values(featured),
            "latest": Dictionary(uniqueKeysWithValues: site.sections.map { ($0.name, values(Array($0.pages.prefix(site.config.paginate)))) }),
            "meta": context.meta(title: site.config.title, description: site.config.description, path: .root),
        ])
        return OutputFile(path: OutputPath.root.file, text: html, source: site.home.sourcePath ?? "home")
    }

    func renderNotFound() -> OutputFile {
        let path = OutputPath(components: ["404.html"])
        let html = render("404", [
            "page": ["title": "Page not found"],
            "meta": context.meta(title: "Page not found", description: "", path: path),
        ])
        return OutputFile(path: path.file, text: html, source: "\(TemplateLibrary.folder)/404\(TemplateLibrary.fileExtension)")
    }

    func index(_ index: SectionIndex, path: OutputPath) -> [String: Any] {
        ContextBuilder.compact([
            "title": index.title,
            "url": context.url(path),
            "content": index.content?.html ?? "",
            "params": index.frontMatter?.params.mapValues(\.templateValue) ?? [:],
        ])
    }
}
