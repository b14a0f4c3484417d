import Foundation

/// Renders the HTML pages of a site with its templates: every page, each section, the home page
/// and `404.html`.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateLibrary
    let context: ContextBuilder
    /// `page` context of every page, by source path, built once and shared by all lists.
    let pageValues: Unchecked<[String: [String: Any]]>
    let siteValue: Unchecked<[String: Any]>

    init(site: Site, templates: TemplateLibrary) {
        self.site = site
        self.templates = templates
        let context = ContextBuilder(config: site.config)
        self.context = context
        let values = site.pages.concurrentMap { Unchecked(value: ($0.sourcePath, context.page($0))) }
        self.pageValues = Unchecked(value: Dictionary(uniqueKeysWithValues: values.map(\.value)))
        self.siteValue = Unchecked(value: context.site(site))
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
        files += site.sections.map(renderSection)
        files.append(renderNotFound())
        return files
    }

    func values(_ pages: [Page]) -> [[String: Any]] {
        pages.map { pageValues.value[$0.sourcePath]! }
    }

    func renderPage(_ page: Page) -> OutputFile {
        let path = page.outputPath
        let html = templates.render(page.frontMatter.template ?? "page", [
            "site": siteValue.value,
            "page": pageValues.value[page.sourcePath]!,
            "meta": context.meta(title: page.title, description: page.summary, path: path),
        ])
        return OutputFile(path: path.file, text: html, source: page.sourcePath)
    }

    func renderHome() -> OutputFile {
        let latest = Array(site.datedPages.prefix(site.config.paginate))
        let featured = site.pages.filter { $0.frontMatter.params["featured"] == .bool(true) }
        let html = templates.render("home", [
            "site": siteValue.value,
            "home": index(site.home, path: .root),
            "pages": values(latest),
            "featured": values(featured),
            "meta": context.meta(title: site.config.title, description: site.config.description, path: .root),
        ])
        return OutputFile(path: OutputPath.root.file, text: html, source: site.home.sourcePath ?? "home")
    }

    func renderSection(_ section: Section) -> OutputFile {
        var value = index(section.index, path: section.outputPath)
        value["name"] = section.name
        value["pages"] = values(section.pages)
        let html = templates.render("section", [
            "site": siteValue.value,
            "section": value,
            "meta": context.meta(title: section.index.title, description: "", path: section.outputPath),
        ])
        return OutputFile(path: section.outputPath.file, text: html, source: section.index.sourcePath ?? "Content/\(section.name)/")
    }

    func renderNotFound() -> OutputFile {
        let path = OutputPath(components: ["404.html"])
        let html = templates.render("404", [
            "site": siteValue.value,
            "page": ["title": "Page not found"],
            "meta": context.meta(title: "Page not found", description: "", path: path),
        ])
        return OutputFile(path: path.file, text: html, source: "\(TemplateLibrary.folder)/404\(TemplateLibrary.fileExtension)")
    }

    private func index(_ index: SectionIndex, path: OutputPath) -> [String: Any] {
        ContextBuilder.compact([
            "title": index.title,
            "url": context.url(path),
            "content": index.content?.html ?? "",
            "params": index.frontMatter?.params.mapValues(\.templateValue) ?? [:],
        ])
    }
}
