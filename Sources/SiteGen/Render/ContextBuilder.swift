import Foundation

/// Prepares every value a template sees, so that templates stay logic-less and every page type
/// shows dates, URLs and tags the same way.
struct ContextBuilder: Sendable {
    let config: SiteConfig
    let dates: DateDisplay
    private let integers: IntegerFormatStyle<Int>
    /// `config.basePath`, and the base URL without it: worked out once rather than by parsing the
    /// base URL for every URL of every page.
    private let basePath: String
    private let origin: String
    /// The theme's words in the site's language.
    let strings: UIStrings.Language
    /// The versions of pages and lists in the other languages; nil for a site in one language.
    let versions: LanguageVersions?
    /// Whether the site has social cards (`images.cards`), lists' as well as pages'.
    let cards: Bool

    init(config: SiteConfig, strings: UIStrings.Language = .init(), versions: LanguageVersions? = nil) {
        self.config = config
        let locale = config.currentLanguage?.locale ?? config.language
        self.dates = DateDisplay(language: locale, timeZone: config.timeZone)
        self.integers = IntegerFormatStyle<Int>(locale: Locale(identifier: locale))
        basePath = config.basePath
        origin = String(config.baseURL.dropLast(basePath.count))
        self.strings = strings
        self.versions = versions
        cards = ImageSettings.decode(config).0.cards
    }

    /// The drawn card of the list whose first page is at `path`, in the site's language; nil when
    /// the site makes no cards. `source` as the list's page names it.
    func listCard(_ path: OutputPath, title: String, source: String) -> SocialCard? {
        cards ? SocialCard.of(list: path, title: title, siteTitle: config.title, source: source) : nil
    }

    /// Root-relative URL with the base path: `/blog/articles/x/`.
    func url(_ path: OutputPath) -> String { basePath + path.url }

    /// Absolute URL: `https://example.org/blog/articles/x/`.
    func permalink(_ path: OutputPath) -> String {
        origin + url(path)
    }

    /// `site` in every template.
    func site(_ site: Site) -> [String: Any] {
        let topLevel = site.pages.filter { $0.section == nil }.sorted { $0.title < $1.title }
        var value = Self.compact([
            "title": config.title,
            "description": config.description,
            "author": config.author,
            "language": config.language,
            "locale": Self.openGraphLocale(config.language),
            "base_url": config.baseURL,
            "url": url(config.languageRoot),
            "root_url": url(.root),
            "sections": site.sections.map { ["title": $0.index.title, "url": url($0.outputPath), "name": $0.name] },
            "menu": topLevel.map { ["title": $0.title, "url": url($0.outputPath)] },
            "params": config.params.mapValues(\.templateValue),
        ])
        if config.isMultilingual {
            value["languages"] = config.languages.enumerated().map { index, language -> [String: Any] in
                ["code": language.code, "name": language.name, "current": language.code == config.language,
                 "url": url(index == 0 ? .root : OutputPath(components: [language.code]))]
            }
        }
        return value
    }

    /// A tag as templates show it: its name as written and the URL of its page.
    func tag(_ name: String) -> [String: Any] {
        let slug = Slug.make(name)
        return ["name": config.currentLanguage?.tagNames[slug] ?? name, "slug": slug, "url": url(config.languageRoot.appending("tags", slug))]
    }

    /// `facts: {entries: 1500, page_views: 850000}` as a list a template can show in order:
    /// `[{key: entries, label: Entries, value: 1,500}, …]`, numbers grouped as the language writes
    /// them, except under keys that name a year (`…year`, `…_in`). A fact written as
    /// `{value: 1500, qualifier: more than}` shows as `more than 1,500`, for figures the sources
    /// give as lower bounds.
    func facts(_ value: FrontMatterValue?) -> [[String: Any]] {
        guard case .map(let entries)? = value else { return [] }
        return entries.compactMap { entry in
            guard let fact = Fact(entry.value) else { return nil }
            // A year is not a count: `slogan_year: 2019` must not read "2,019".
            let isYear = entry.key.hasSuffix("year") || entry.key.hasSuffix("_in")
            let number = !isYear && fact.text.allSatisfy(\.isASCII) ? Int(fact.text) : nil
            let shown = number.map { $0.formatted(integers) } ?? fact.text
            let words = entry.key.replacingOccurrences(of: "_", with: " ")
            // The theme's `facts.KEY` names it in the page's language.
            let label = strings.strings["facts." + entry.key] ?? (words.prefix(1).uppercased() + words.dropFirst())
            return ["key": entry.key, "label": label,
                    "value": fact.qualifier.map { "\($0) \(shown)" } ?? shown, "number": fact.text]
        }
    }

    /// Search engines show some 155-160 characters of a description. A page's whole summary,
    /// which the head repeats three times (description, Open Graph, JSON-LD), would be a good part
    /// of every page's size.
    static let descriptionLimit = 160

    /// `meta` for `<head>`: title, description (cut to `descriptionLimit`), URLs, Open Graph
    /// type and JSON-LD, filled the same way for every page type. `article` is the page when the page is a single page;
    /// `card`, a list's card (`listCard`), which every page of the list names.
    func meta(title: String, description: String, path: OutputPath, article: Page? = nil, card listCard: SocialCard? = nil) -> [String: Any] {
        let description = (description.isEmpty ? config.description : description).shortened(to: Self.descriptionLimit)
        var value: [String: Any] = [
            "title": title == config.title ? title : "\(title) · \(config.title)",
            "heading": title,
            "description": description,
            "url": url(path),
            "permalink": permalink(path),
            "og_type": article == nil ? "website" : "article",
        ]
        if let versions {
            languageLinks(versions, path: path, article: article, into: &value)
        }
        if let article {
            value["json_ld"] = StructuredData.article(article, context: self)
            if let date = article.date { value["published"] = dates.rfc3339(date) }
            if let card = article.card, let width = card.width, let height = card.height {
                // Beside the page, whose permalink is a folder's.
                value["card"] = ["url": permalink(article.outputPath) + (card.path.split(separator: "/").last.map(String.init) ?? ""),
                                 "width": width, "height": height, "alt": card.alt] as [String: Any]
            }
        } else {
            value["json_ld"] = StructuredData.collection(title: title, description: description, path: path, context: self)
            if let listCard {
                value["card"] = ["url": permalink(OutputPath(components: listCard.path.split(separator: "/").map(String.init))),
                                 "width": SocialCard.width, "height": SocialCard.height, "alt": listCard.alt] as [String: Any]
            }
        }
        return Self.compact(value)
    }

    /// `alternates` (every language's version, this one's included, for `hreflang` links),
    /// `x_default` (the default language's), and `switcher`: each language with the URL of this
    /// page's version in it, or of its home page when it has none, so that switching never leads
    /// to a missing page.
    private func languageLinks(_ versions: LanguageVersions, path: OutputPath, article: Page?, into value: inout [String: Any]) {
        let found = article.map { versions.versions(of: $0) } ?? versions.versions(ofList: path, root: config.languageRoot)
        if found.count > 1 {
            value["alternates"] = found.map { ["hreflang": $0.code, "url": permalink($0.path)] }
            if let main = found.first(where: { $0.code == versions.codes.first }) { value["x_default"] = permalink(main.path) }
        }
        let paths = Dictionary(found.map { ($0.code, $0.path) }) { first, _ in first }
        value["switcher"] = config.languages.enumerated().map { index, language -> [String: Any] in
            let home = index == 0 ? OutputPath.root : OutputPath(components: [language.code])
            return ["code": language.code, "name": language.name, "current": language.code == config.language,
                    "url": url(paths[language.code] ?? home), "translated": paths[language.code] != nil]
        }
    }

    /// Open Graph wants `language_TERRITORY`: `en` → `en_US`, `zh-CN` → `zh_CN`, `zh` → `zh_CN`.
    static func openGraphLocale(_ language: String) -> String {
        let maximal = Locale.Language(identifier: language).maximalIdentifier
        let tag = Locale.Language(identifier: maximal)
        guard let code = tag.languageCode?.identifier, let region = tag.region?.identifier else {
            return language.replacingOccurrences(of: "-", with: "_")
        }
        return "\(code)_\(region)"
    }

    /// Drops empty strings: Mustache treats every string as true, so `{{#summary}}` would
    /// otherwise show an empty paragraph.
    static func compact(_ value: [String: Any]) -> [String: Any] {
        value.filter { !_openExistential($0.value, do: isEmptyString) }
    }
}

/// Whether a value is the empty string, told from its type and bytes: an `as? String` of an `Any`
/// is a trip through the runtime, for every value of every page's `meta`.
private func isEmptyString<T>(_ value: T) -> Bool {
    T.self == String.self && unsafeBitCast(value, to: String.self).isEmpty
}
