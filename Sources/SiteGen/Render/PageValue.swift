import Mustache

/// The `page` value of one page, on its own page and in every list that shows it. Its fields are
/// read from the page when a template asks for them, rather than copied into a dictionary per
/// page, which a large site would hold for every page at once; only what costs to make (dates formatted, tags
/// with their URLs) is made once. Templates see what the dictionary gave them: the same names,
/// no empty strings (Mustache counts every string as true), the same transforms
/// (`{{count(page)}}`, …) and the same text for `{{page}}`.
final class PageValue: MustacheObject, @unchecked Sendable {
    let page: Page
    private let context: PageValues.Shared
    private let url: String
    private let date: [String: Any]?
    private let updated: [String: Any]?
    private let tags: [[String: Any]]

    init(_ page: Page, context: PageValues.Shared) {
        self.page = page
        self.context = context
        url = context.builder.url(page.outputPath)
        date = page.date.map(context.builder.dates.context)
        updated = page.frontMatter.updated.map(context.builder.dates.context)
        tags = page.tags.map(context.tag)
    }

    override func child(named name: String) -> Any? {
        // A page without one of these is false rather than missing: a missing name is looked up
        // in the enclosing context, where a list's first page (`{{#first(list)}}`) would lend
        // every other page its period or image.
        if Self.optionalSections.contains(name) { return value(named: name) ?? false }
        return value(named: name)
    }

    /// The fields that templates test with `{{#name}}` and a page may lack.
    static let optionalSections: Set<String> = ["period", "date", "updated", "image", "translations", "untranslated", "section", "toc"]

    private func value(named name: String) -> Any? {
        switch name {
        case "title": Self.nonEmpty(page.title)
        case "url": url
        case "permalink": context.builder.permalink(page.outputPath)
        case "slug": Self.nonEmpty(page.slug)
        case "summary": Self.nonEmpty(page.summary)
        case "content": Self.nonEmpty(page.content.html)
        case "toc": Self.nonEmpty(TableOfContents.html(page.content.headings))
        case "word_count": page.content.wordCount.words
        case "reading_time": page.content.wordCount.readingMinutes
        case "tags": tags
        case "params": page.frontMatter.params.mapValues(\.templateValue)
        case "facts": context.builder.facts(page.frontMatter.params["facts"], sources: page.frontMatter.sources)
        case "sources": context.builder.sources(page.frontMatter.sources)
        case "period": context.builder.period(page.frontMatter.period)
        case "draft": page.isDraft
        case "section": page.section.flatMap(Self.nonEmpty)
        case "date": date
        case "updated": updated
        case "image": page.picture?.templateValue
        case "translations": translations
        case "untranslated": context.builder.versions != nil && page.language != context.language ? true : nil
        case "language": page.language ?? context.builder.versions?.codes.first
        default: nil
        }
    }

    static let names = ["title", "url", "permalink", "slug", "summary", "content", "toc", "word_count", "reading_time",
                        "tags", "params", "facts", "sources", "period", "draft", "section", "date", "updated", "image"]
    /// Fields only a page of a site with languages has.
    static let languageNames = ["translations", "untranslated", "language"]

    /// The page in the other languages: `[{language, name, url, title}]`; nil for a page without
    /// translations.
    private var translations: [[String: Any]]? {
        guard let versions = context.builder.versions else { return nil }
        let names = Dictionary(context.builder.config.languages.map { ($0.code, $0.name) }) { first, _ in first }
        let found = versions.pages[page.translationKey] ?? [:]
        let others = versions.codes.compactMap { code -> [String: Any]? in
            guard let other = found[code], other !== page else { return nil }
            return ["language": code, "name": names[code] ?? code, "url": context.builder.url(other.outputPath), "title": other.title]
        }
        return others.isEmpty ? nil : others
    }

    /// Every field as a dictionary: what transforms and `{{page}}` work on.
    var dictionary: [String: Any] {
        var value: [String: Any] = [:]
        for name in Self.names + Self.languageNames {
            if let child = self.value(named: name) { value[name] = child }
        }
        return value
    }

    override func transform(_ name: String) -> Any? {
        dictionary.transform(name)
    }

    override var description: String {
        String(describing: dictionary)
    }

    private static func nonEmpty(_ text: String) -> String? {
        text.isEmpty ? nil : text
    }
}
