import Foundation

/// Renders the single pages of a site with its templates: every page, the home page and
/// `404.html`; holds the values that every list shares.
struct PageRenderer: Sendable {
    let site: Site
    let templates: TemplateLibrary
    let context: ContextBuilder
    /// `page` context of every page, built once when first needed and shared by all lists.
    let pageValues: PageValues
    let siteValue: Unchecked<[String: Any]>
    let related: RelatedLists
    let pagesByPath: [String: Page]
    let memo: RenderMemo
    /// Of the templates, settings and everything every page shows (sections, menu): part of
    /// every render key.
    let global: ContentDigest

    /// `values` holds page values of a previous build by `PageValues.key`; only the others are made.
    init(site: Site, templates: TemplateLibrary, global: ContentDigest = ContentDigest(""), memo: RenderMemo = RenderMemo(),
         values previous: [ContentDigest: PageValue] = [:], related: RelatedLists? = nil) {
        self.site = site
        self.templates = templates
        self.global = global
        self.memo = memo
        let context = ContextBuilder(config: site.config)
        self.context = context
        self.pageValues = PageValues(context: context, global: global, previous: previous)
        self.siteValue = Unchecked(value: context.site(site))
        self.related = related ?? RelatedLists(site: site)
        self.pagesByPath = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.sourcePath, $0) })
    }

    /// Page values by `PageValues.key`, for the next build.
    var valuesByKey: [ContentDigest: PageValue] {
        pageValues.byKey(site.pages)
    }

    /// A key that starts with the global digest and `kind`.
    func key(_ kind: String) -> ContentDigest.Builder {
        var key = ContentDigest.Builder()
        key.add(global)
        key.add(kind)
        return key
    }

    /// What pages' front matter asks of the theme that it cannot do: a `template:` the theme
    /// lacks, a link (`url:`, `image:`, …) with a scheme other than http, https or mailto.
    func frontMatterProblems() -> [Diagnostic] {
        unknownTemplates() + FrontMatterLinks.problems(in: site)
    }

    /// The name the build knew `frontMatterProblems` by, which now checks links as well.
    @available(*, deprecated, renamed: "frontMatterProblems")
    func missingTemplates() -> [Diagnostic] {
        frontMatterProblems()
    }

    /// A page whose `template:` names a template the theme lacks.
    private func unknownTemplates() -> [Diagnostic] {
        site.pages.compactMap { page in
            guard let name = page.frontMatter.template, !templates.names.contains(name) else { return nil }
            let position = page.frontMatter.positions["template"]
            return Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column,
                              message: "template '\(name)' does not exist",
                              hint: "create \(TemplateLibrary.folder)/\(name)\(TemplateLibrary.fileExtension), or remove 'template:'")
        }
    }

    /// Some of the site's pages, on all cores.
    func render(_ pages: ArraySlice<Page>) -> [OutputFile] {
        Array(pages).concurrentMap(renderPage)
    }

    /// Renders a template with `site` added to its values.
    func render(_ template: String, _ values: [String: Any]) -> String {
        var values = values
        values["site"] = siteValue.value
        return templates.render(template, values)
    }

    func values(_ pages: [Page]) -> [PageValue] {
        pages.map { pageValues[$0] }
    }

    func renderPage(_ page: Page) -> OutputFile {
        renderPage(page) { pageValues[page] }
    }

    /// `page`, a new reading of one of the site's pages whose front matter did not change, as a
    /// build of the site with it would render it: its neighbours and related pages stay the same.
    func renderEdited(_ page: Page) -> OutputFile {
        renderPage(page) { PageValue(page, context: pageValues.shared) }
    }

    private func renderPage(_ page: Page, value: () -> PageValue) -> OutputFile {
        let path = page.outputPath
        let related = related.paths(of: page).map { pagesByPath[$0]! }
        let neighbours = site.neighbours[page.sourcePath]
        var key = key("page")
        key.add(page.digest)
        key.add(neighbours?.newer?.digest)
        key.add(neighbours?.older?.digest)
        key.add(related)
        return memo.file(path.file, key: key.digest) {
            var values: [String: Any] = [
                "page": value(),
                "related": values(related),
                "meta": context.meta(title: page.title, description: page.summary, path: path, article: page),
            ]
            if let newer = neighbours?.newer { values["newer"] = pageValues[newer] }
            if let older = neighbours?.older { values["older"] = pageValues[older] }
            let html = render(page.frontMatter.template ?? "page", values)
            return OutputFile(path: path.file, text: html, source: page.sourcePath)
        }
    }

    func renderHome() -> OutputFile {
        let latest = Array(site.datedPages.prefix(site.config.paginate))
        let featured = site.pages.filter { $0.frontMatter.params["featured"] == .bool(true) }
        let latestBySection = site.sections.map { ($0.name, Array($0.pages.prefix(site.config.paginate))) }
        var key = key("home")
        key.add(latest)
        key.add(featured)
        for (name, pages) in latestBySection {
            key.add(name)
            key.add(pages)
        }
        return memo.file(OutputPath.root.file, key: key.digest) {
            let html = render("home", [
                "home": index(site.home, path: .root),
                "pages": values(latest),
                "featured": values(featured),
                "latest": Dictionary(uniqueKeysWithValues: latestBySection.map { ($0.0, values($0.1)) }),
                "meta": context.meta(title: site.config.title, description: site.config.description, path: .root),
            ])
            return OutputFile(path: OutputPath.root.file, text: html, source: site.home.sourcePath ?? "home")
        }
    }

    func renderNotFound() -> OutputFile {
        let path = OutputPath(components: ["404.html"])
        return memo.file(path.file, key: key("404").digest) {
            let html = render("404", [
                "page": ["title": "Page not found"],
                "meta": context.meta(title: "Page not found", description: "", path: path),
            ])
            return OutputFile(path: path.file, text: html, source: "\(TemplateLibrary.folder)/404\(TemplateLibrary.fileExtension)")
        }
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
