import Foundation

/// Site settings from `site.yaml`.
public struct SiteConfig: Sendable {
    public var title: String
    public var description: String = ""
    public var author: String = ""
    /// Absolute root URL without a trailing slash, e.g. `https://example.org` or `https://x.io/blog`.
    public var baseURL: String = "http://localhost:8000"
    /// BCP 47 language tag, used for `lang` and for dates.
    public var language: String = "en"
    public var timeZone: TimeZone = TimeZone(identifier: "UTC")!
    public var paginate: Int = 20
    public var feedLimit: Int = 20
    /// Lets raw HTML in Markdown through; off by default, as cmark's safe mode.
    public var unsafeHTML = false
    public var params: [String: FrontMatterValue] = [:]
    /// The host to write `_redirects` for, from `redirects_file`; nil writes none.
    public var redirectsFile: RedirectsFile?
    /// Every language of the site, the default first; empty for a site in one language.
    public var languages: [SiteLanguage] = []
    /// What a language shows of pages not translated into it.
    public var untranslated: Untranslated = .hide
    /// The folder of the current language's pages: the root for the default language, `zh/`
    /// for the others (see `forLanguage`).
    public var languageRoot: OutputPath = .root

    public init(title: String) {
        self.title = title
    }

    /// The path part of `baseURL` (`/blog` for `https://x.io/blog`), prefixed to every site URL.
    /// Percent-encoded as written, like every URL sitegen writes.
    public var basePath: String {
        guard let url = URL(string: baseURL) else { return "" }
        let path = url.path(percentEncoded: true)
        return path == "/" ? "" : (path.hasSuffix("/") ? String(path.dropLast()) : path)
    }

    static let file = "site.yaml"
    static let knownKeys: Set<String> = [
        "title", "description", "author", "base_url", "language", "timezone", "paginate", "feed_limit", "unsafe_html",
        "redirects_file", "languages", "untranslated",
    ]

    /// Decodes `site.yaml`'s text, reporting every bad setting at its line.
    public static func decode(_ text: String, baseURLOverride: String? = nil) -> Result<SiteConfig, BuildFailure> {
        var fields = YAMLFields(yaml: text, file: file, lineOffset: 0)
        var config = SiteConfig(title: fields.decode("title", as: String.self, expected: "text") ?? "")
        if config.title.isEmpty, fields.diagnostics.isEmpty {
            fields.report("title", "'title' is missing from site.yaml", hint: "add a line like 'title: My site'")
        }
        config.description = fields.decode("description", as: String.self, expected: "text") ?? ""
        config.author = fields.decode("author", as: String.self, expected: "text") ?? ""
        config.language = fields.decode("language", as: String.self, expected: "a language tag like en or zh-CN") ?? "en"
        config.unsafeHTML = fields.decodeBool("unsafe_html") ?? false
        config.redirectsFile = fields.decode("redirects_file", as: RedirectsFile.self, expected: "netlify or cloudflare")
        config.untranslated = fields.decode("untranslated", as: Untranslated.self, expected: "hide or list") ?? .hide
        config.languages = SiteLanguage.decodeList(in: &fields, defaultCode: config.language)
        if let own = config.languages.first {
            // The default language's title and description are the top-level ones.
            if let title = own.title, fields.node("title") == nil { config.title = title }
            if let description = own.description, fields.node("description") == nil { config.description = description }
        }

        if let zone = fields.decode("timezone", as: String.self, expected: "a time zone name") {
            if let timeZone = TimeZone(identifier: zone) {
                config.timeZone = timeZone
            } else {
                fields.report("timezone", "unknown time zone '\(zone)'", hint: "use an IANA name such as UTC, Europe/Berlin or Asia/Shanghai")
            }
        }
        for (key, keyPath) in [("paginate", \SiteConfig.paginate), ("feed_limit", \SiteConfig.feedLimit)] {
            guard let value = fields.decode(key, as: Int.self, expected: "a whole number") else { continue }
            if value < 1 {
                fields.report(key, "'\(key)' must be at least 1, found \(value)", hint: nil)
            } else {
                config[keyPath: keyPath] = value
            }
        }

        let baseURLDecoded = fields.decode("base_url", as: String.self, expected: "a URL")
        if let base = baseURLOverride ?? baseURLDecoded {
            switch BaseURL.check(base) {
            case .success(let normalized):
                config.baseURL = normalized
            case .failure(let problem) where baseURLOverride != nil:
                fields.diagnostics.append(.init(file: "--base-url", message: "'\(base)' \(problem.message)",
                                               hint: "pass a URL like https://example.org/ or https://example.org/blog/"))
            case .failure(let problem):
                fields.report("base_url", "base_url '\(base)' \(problem.message)",
                              hint: "write it like https://example.org/ or https://example.org/blog/")
            }
        }
        for entry in fields.entries where !knownKeys.contains(entry.key) {
            config.params[entry.key] = fields.decode(entry.key, as: FrontMatterValue.self, expected: "a value")
        }
        fields.diagnostics += unsafeLinks(in: fields)
        return fields.diagnostics.isEmpty ? .success(config) : .failure(BuildFailure(fields.diagnostics))
    }
}
