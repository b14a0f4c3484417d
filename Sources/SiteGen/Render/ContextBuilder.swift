import Foundation

/// Prepares every value a template sees, so that templates stay logic-less and every page type
/// shows dates, URLs and tags the same way.
struct ContextBuilder: Sendable {
    let config: SiteConfig
    let dates: DateDisplay

    init(config: SiteConfig) {
        self.config = config
        self.dates = DateDisplay(language: config.language, timeZone: config.timeZone)
    }

    /// Root-relative URL with the base path: `/blog/articles/x/`.
    func url(_ path: OutputPath) -> String { config.basePath + path.url }

    /// Absolute URL: `https://example.org/blog/articles/x/`.
    func permalink(_ path: OutputPath) -> String {
        let root = config.baseURL.dropLast(config.basePath.count)
        return root + url(path)
    }

    /// `site` in every template.
    func site(_ site: Site) -> [String: Any] {
        let topLevel = site.pages.filter { $0.section == nil }.sorted { $0.title < $1.title }
        return Self.compact([
            "title": config.title,
            "description": config.description,
            "author": config.author,
            "language": config.language,
            "base_url": config.baseURL,
            "url": url(.root),
            "sections": site.sections.map { ["title": $0.index.title, "url": url($0.outputPath), "name": $0.name] },
            "menu": topLevel.map { ["title": $0.title, "url": url($0.outputPath)] },
            "params": config.params.mapValues(\.templateValue),
        ])
    }

    /// `page` for a single page, and each entry of a page list.
    func page(_ page: Page) -> [String: Any] {
        let path = page.outputPath
        var value: [String: Any] = [
            "title": page.title,
            "url": url(path),
            "permalink": permalink(path),
            "slug": page.slug,
            "summary": page.summary,
            "content": page.content.html,
            "toc": TableOfContents.html(page.content.headings),
            "word_count": page.content.wordCount.words,
            "reading_time": page.content.wordCount.readingMinutes,
            "tags": page.tags.map(tag),
            "params": page.frontMatter.params.mapValues(\.templateValue),
            "draft": page.isDraft,
        ]
        if let section = page.section { value["section"] = section }
        if let date = page.date { value["date"] = dates.context(date) }
        if let updated = page.frontMatter.updated { value["updated"] = dates.context(updated) }
        return Self.compact(value)
    }

    /// A tag as templates show it: its name as written and the URL of its page.
    func tag(_ name: String) -> [String: Any] {
        let slug = Slug.make(name)
        return ["name": name, "slug": slug, "url": url(OutputPath(components: ["tags", slug]))]
    }

    /// `meta` for `<head>`: what every page type fills in the same way.
    func meta(title: String, description: String, path: OutputPath) -> [String: Any] {
        Self.compact([
            "title": title == config.title ? title : "\(title) · \(config.title)",
            "description": description.isEmpty ? config.description : description,
            "url": url(path),
            "permalink": permalink(path),
        ])
    }

    /// Drops empty strings: Mustache treats every string as true, so `{{#summary}}` would
    /// otherwise show an empty paragraph.
    static func compact(_ value: [String: Any]) -> [String: Any] {
        value.filter { ($0.value as? String)?.isEmpty != true }
    }
}
