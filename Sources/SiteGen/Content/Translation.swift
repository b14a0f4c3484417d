import Foundation

/// A translation as read from its file (`city-cup.zh.md`), before it is paired with its original:
/// its front matter holds only what the translator wrote.
public struct Translation: Sendable {
    public var code: String
    /// The translation's own file, which names it in errors.
    public var sourcePath: String
    /// The original it translates, `Content/campaigns/city-cup.md`.
    public var originalPath: String
    public var frontMatter: FrontMatter
    public var content: RenderedMarkdown
    public var digest: ContentDigest
    /// Of a page; nil for a section's or the home page's `_index.<code>.md`.
    public var section: String?
    /// The section the `_index.<code>.md` introduces ("" for the home page); nil for a page.
    public var indexKey: String?
    /// The translation's own `slug:`, checked; nil takes the original's.
    public var slug: String?
}

extension ContentLoader {
    /// Parses a translation: only `title` is required, everything else may come from the original.
    static func parseTranslation(_ file: SourceFile, code: String, originalName: String, config: SiteConfig,
                                 digest: ContentDigest?) -> Result<Parsed, BuildFailure> {
        let original = file.original(named: originalName)
        let folders = original.isBundle ? Array(original.folders.prefix(1)) : original.folders
        guard folders.count <= 1 else {
            return .failure(BuildFailure([Diagnostic(
                file: file.path, message: "pages live at most one folder deep, found \(folders.count) folders",
                hint: "put a translation beside its original, as name.\(code).md, or index.\(code).md in a page's folder")]))
        }
        let parts: FrontMatter.Parts
        switch FrontMatter.split(file.text, file: file.path) {
        case .success(let split): parts = split
        case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
        }
        let (decoded, problems) = FrontMatter.decode(yaml: parts.yaml, file: file.path, lineOffset: parts.yamlLineOffset,
                                                     timeZone: config.timeZone, requiresDate: false, inheritsSources: true)
        guard let matter = decoded, problems.isEmpty else { return .failure(BuildFailure(problems)) }
        let section = folders.first.map(Slug.make)
        var content = Markdown.render(parts.body, unsafeHTML: config.unsafeHTML, lineOffset: parts.bodyLineOffset)
        let isIndex = originalName == "_index.md"
        var slug: String?
        if isIndex {
            content.plainText = ""
        } else if matter.slug != nil {
            switch PageSlug.resolve(file: file, frontMatter: matter) {
            case .success(let own): slug = own
            case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
            }
        }
        // Its text stays with it: search reads a translation's terms with its inherited tags, once paired.
        return .success(.translation(Translation(
            code: code, sourcePath: file.path, originalPath: original.path, frontMatter: matter, content: content,
            digest: digest ?? ContentDigest(file.path), section: isIndex ? nil : section,
            indexKey: isIndex ? (section ?? "") : nil, slug: slug)))
    }
}

extension FrontMatter {
    /// Keys a translation never takes from its original: what is its own by nature.
    static let ownKeys: Set<String> = ["slug", "summary", "updated", "aliases", "draft"]

    /// A translation's front matter: every key it sets, and the original's for every other but
    /// `ownKeys`. Positions are the translation's own: an inherited value is reported at the
    /// original.
    func inheriting(from original: FrontMatter) -> FrontMatter {
        var merged = self
        func sets(_ key: String) -> Bool { positions[key] != nil }
        if !sets("date") { merged.date = original.date }
        if !sets("tags") { merged.tags = original.tags }
        if !sets("template") { merged.template = original.template }
        if !sets("sources") { merged.sources = original.sources }
        if !sets("period") { merged.period = original.period }
        if !sets("require_sources") { merged.requiresSources = original.requiresSources }
        for (key, value) in original.params where merged.params[key] == nil && !sets(key) {
            merged.params[key] = value
        }
        return merged
    }
}

/// The pages and section indexes of each language but the default, made from the translations
/// and their originals.
public struct TranslatedContent: Sendable {
    /// By language code.
    public var pages: [String: [Page]] = [:]
    public var indexes: [String: [String: SectionIndex]] = [:]
    public var diagnostics: [Diagnostic] = []

    /// Pairs each translation with its original by file name. A page's translation without an
    /// original is an error; a section's or the home page's may stand alone.
    public init(_ content: LoadedContent) {
        let originals = Dictionary(content.pages.map { ($0.sourcePath, $0) }) { first, _ in first }
        let indexesByPath = Dictionary(content.indexes.values.compactMap { index in index.sourcePath.map { ($0, index) } }) { first, _ in first }
        for translation in content.translations.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            let code = translation.code
            if let key = translation.indexKey {
                let original = indexesByPath[translation.originalPath]
                let matter = original?.frontMatter.map(translation.frontMatter.inheriting) ?? translation.frontMatter
                indexes[code, default: [:]][key] = SectionIndex(
                    sourcePath: translation.sourcePath, title: matter.title, frontMatter: matter, content: translation.content,
                    digest: Self.digest(translation.digest, original?.digest))
                continue
            }
            guard let original = originals[translation.originalPath] else {
                diagnostics.append(Diagnostic(file: translation.sourcePath, message: "a translation without its original: \(translation.originalPath) does not exist",
                                              hint: "a translation sits beside the page it translates, as name.\(code).md beside name.md"))
                continue
            }
            let matter = translation.frontMatter.inheriting(from: original.frontMatter)
            if translation.frontMatter.positions["sources"] == nil {
                diagnostics += Self.factSourceProblems(matter, file: translation.sourcePath)
            }
            let page = Page(sourcePath: translation.sourcePath, section: original.section, slug: translation.slug ?? original.slug,
                            frontMatter: matter, content: translation.content,
                            digest: Self.digest(translation.digest, original.digest), language: code,
                            original: original.sourcePath, root: OutputPath(components: [code]))
            pages[code, default: []].append(page)
        }
    }

    /// Each fact of a translation that names a source its original does not list (the check
    /// `FrontMatter.decode` makes of a page with its own `sources:`), at the translation's `facts`.
    static func factSourceProblems(_ matter: FrontMatter, file: String) -> [Diagnostic] {
        guard case .map(let facts)? = matter.params["facts"] else { return [] }
        let count = matter.sources.count
        let position = matter.positions["facts"]
        return facts.compactMap { fact in
            guard case .map(let entries) = fact.value, let source = entries.first(where: { $0.key == "source" })?.value,
                  case .string(let text) = source else { return nil }
            if let number = Int(text), text.allSatisfy(\.isASCII), (1...max(count, 1)).contains(number), count > 0 { return nil }
            let listed = count == 0 ? "its original lists no sources" : "its original lists \(count) source\(count == 1 ? "" : "s")"
            return Diagnostic(file: file, line: position?.line, column: position?.column,
                              message: "fact '\(fact.key)' names source \(text), but \(listed)",
                              hint: "a translation cites its original's sources, numbered from 1 in the order its 'sources:' lists them")
        }
    }

    /// A translation shows what its original's front matter holds, so it changes with it.
    private static func digest(_ own: ContentDigest, _ original: ContentDigest?) -> ContentDigest {
        var digest = ContentDigest.Builder()
        digest.add(own)
        digest.add(original)
        return digest.digest
    }
}
