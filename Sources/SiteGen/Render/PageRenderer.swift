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
    /// The theme's words in the site's language, as templates see them.
    let i18n: Unchecked<[String: Any]>
    /// `assets` in every template: the theme's assets' fingerprinted URLs (`AssetFingerprints`).
    let assets: [String: String]

    /// `values` holds page values of a previous build with the same templates and settings, by
    /// page digest; only the others are made.
    init(site: Site, templates: TemplateLibrary, values previous: [ContentDigest: PageValue] = [:], related: RelatedLists? = nil,
         strings: UIStrings.Language = .init(), versions: LanguageVersions? = nil, assets: [String: String] = [:]) {
        self.assets = assets
        self.site = site
        self.templates = templates
        let context = ContextBuilder(config: site.config, strings: strings, versions: versions)
        self.i18n = Unchecked(value: strings.templateValue)
        self.context = context
        self.pageValues = PageValues(context: context, previous: previous)
        self.siteValue = Unchecked(value: context.site(site))
        self.related = related ?? RelatedLists(site: site)
        self.pagesByPath = Dictionary(uniqueKeysWithValues: site.pages.map { ($0.sourcePath, $0) })
    }

    /// Page values by page digest, for the next build.
    var valuesByDigest: [ContentDigest: PageValue] {
        pageValues.byDigest(site.pages)
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
        site.ownPages.compactMap { page in
            guard let name = page.frontMatter.template, !templates.names.contains(name) else { return nil }
            let position = page.frontMatter.positions["template"]
            return Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column,
                              message: "template '\(name)' does not exist",
                              hint: "create \(TemplateLibrary.folder)/\(name)\(TemplateLibrary.fileExtension), or remove 'template:'")
        }
    }

    /// Renders a template with `site` added to its values.
    func render(_ template: String, _ values: [String: Any]) -> String {
        var values = values
        values["site"] = siteValue.value
        if !i18n.value.isEmpty { values["i18n"] = i18n.value }
        if site.config.isMultilingual { values["lang"] = site.config.language }
        values["assets"] = assets
        return templates.render(template, values)
    }

    func values(_ pages: [Page]) -> [PageValue] {
        pages.map { pageValues[$0] }
    }

    /// `edited`: a new reading of one of the site's pages whose front matter did not change, as a
    /// build of the site with it would render it: its neighbours and related pages stay the same.
    func job(_ page: Page, edited: Bool = false) -> RenderJob {
        let neighbours = site.neighbours[page.sourcePath]
        let related = related.paths(of: page).map { pagesByPath[$0]! }
        return RenderJob(page.outputPath.file, kind: "page", inputs: page, neighbours?.newer, neighbours?.older, related) {
            page, newer, older, related in
            let path = page.outputPath
            var values: [String: Any] = [
                "page": edited ? PageValue(page, context: pageValues.shared) : pageValues[page],
                "related": values(related),
                "meta": context.meta(title: page.title, description: page.summary, path: path, article: page),
            ]
            if let newer { values["newer"] = pageValues[newer] }
            if let older { values["older"] = pageValues[older] }
            let html = render(page.frontMatter.template ?? "page", values)
            return OutputFile(path: path.file, text: html, source: page.sourcePath)
        }
    }

    func homeJob() -> RenderJob {
        let latest = Array(site.datedPages.prefix(site.config.paginate))
        let featured = site.pages.filter { $0.frontMatter.params["featured"] == .bool(true) }
        let sections = site.sections.map(\.name)
        let latestBySection = site.sections.map { Array($0.pages.prefix(site.config.paginate)) }
        let root = site.root
        return RenderJob(root.file, kind: "home", inputs: latest, featured, sections, latestBySection) {
            latest, featured, sections, latestBySection in
            let html = render("home", [
                "home": index(site.home, path: root),
                "pages": values(latest),
                "featured": values(featured),
                "latest": Dictionary(uniqueKeysWithValues: zip(sections, latestBySection.map(values))),
                "meta": context.meta(title: site.config.title, description: site.config.description, path: root, card: homeCard),
            ])
            return OutputFile(path: root.file, text: html, source: site.home.sourcePath ?? "home")
        }
    }

    /// The home page's card: its title, or the site's description when that title is only the
    /// site's name, which the card shows beneath it anyway.
    var homeCard: SocialCard? {
        let description = site.config.description.trimmingCharacters(in: .whitespacesAndNewlines)
        let title = site.home.title == site.config.title && !description.isEmpty ? description : site.home.title
        return context.listCard(site.root, title: title, source: site.home.sourcePath ?? "home")
    }

    func notFoundJob() -> RenderJob {
        let path = site.root.appending("404.html")
        return RenderJob(path.file, kind: "404") {
            let title = context.strings.text("not_found.title", "Page not found")
            let html = render("404", [
                "page": ["title": title],
                "meta": context.meta(title: title, description: "", path: path),
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
