import Foundation

/// Everything read from `Content/`: pages, and the `_index.md` of each section (key = section
/// slug) and of the home page (key = "").
public struct LoadedContent: Sendable {
    public var pages: [Page] = []
    public var indexes: [String: SectionIndex] = [:]
    /// What was left out without stopping the build (links to files outside the site).
    public var warnings: [Diagnostic] = []
    /// Translations (`name.<code>.md`), not yet paired with their originals (see `TranslatedContent`).
    public var translations: [Translation] = []
}

/// Reads `Content/**/*.md` in sorted order and turns each file into a `Page`, on all cores.
public enum ContentLoader {
    public static let folder = "Content"

    /// Lists the Markdown files under `root/Content`, sorted, as site-relative paths: the files
    /// `SiteInputs` stamps, read with `readdir` (a `FileManager` enumerator made a `stat` of each).
    public static func markdownFiles(root: URL) throws -> [String] {
        listing(root: root).paths
    }

    /// Reads and parses every page; collects every problem instead of stopping at the first.
    public static func load(root: URL, config: SiteConfig) -> (LoadedContent, [Diagnostic]) {
        let (content, diagnostics, _) = load(root: root, config: config, previous: [:])
        return (content, diagnostics)
    }

    /// One file as last read: its stamp, digest and what it parsed to.
    struct Source: Sendable {
        var stamp: FileStamp
        var digest: ContentDigest
        var parsed: Result<Parsed, BuildFailure>
    }

    /// Like `load(root:config:)`, reusing what `previous` parsed (with the same settings) for every
    /// file whose stamp, or else whose bytes, did not change. With `changed` (the watcher's list of
    /// what changed since `previous` was loaded), other files are trusted without even a `stat`.
    /// The plain text of the pages parsed goes to `textReader`, which must be the one that read
    /// the pages of `previous`; without one, pages keep it. It returns every file as read, by
    /// path, for whoever keeps them for the next load.
    static func load(root: URL, config: SiteConfig, previous: [String: Source], changed: Set<String>? = nil,
                     textReader: (any PageTextReader)? = nil) -> (LoadedContent, [Diagnostic], [String: Source]) {
        var listing = Listing()
        let unchanged: Set<String>
        if let changed, !previous.isEmpty, let known = knownFiles(root: root, previous: previous, changed: changed) {
            listing.paths = known
            unchanged = Set(previous.keys).subtracting(changed)
        } else {
            listing = Self.listing(root: root)
            unchanged = []
        }
        let paths = listing.paths
        let sources = paths.concurrentMap(start: { textReader?.reader() }) { readText, path -> Source in
            if unchanged.contains(path), let old = previous[path] { return old }
            return read(path, root: root, config: config, previous: previous[path], readText: readText)
        }
        var content = LoadedContent(warnings: listing.warnings)
        var diagnostics = listing.errors
        for source in sources {
            switch source.parsed {
            case .success(.page(let page)): content.pages.append(page)
            case .success(.index(let key, let index)): content.indexes[key] = index
            case .success(.translation(let translation)): content.translations.append(translation)
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        textReader?.loaded(content.pages)
        let sameNames = sameNameProblems(paths, sources)
        diagnostics += sameNames
        // Sources are kept by path, and two names in two Unicode forms are one key: forgotten,
        // so that the next build lists the folder and finds both again.
        return (content, diagnostics, sameNames.isEmpty ? Dictionary(zip(paths, sources)) { first, _ in first } : [:])
    }

    /// One file, parsed unless `previous` (its last reading) has the same stamp or bytes.
    /// A page parsed gives its plain text to `readText` when there is one (see `PageTextReader`).
    static func read(_ path: String, root: URL, config: SiteConfig, previous: Source?,
                     readText: ((Page, String) -> Void)? = nil) -> Source {
        let location = root.appendingFile(path).path
        // A file unchanged since the last build is not opened at all.
        if let old = previous, let stamp = FileStamp(path: location), old.stamp == stamp { return old }
        // Not followed unless it is a link that stays inside the site, which is seldom.
        guard let (data, readStamp) = FileContents.read(location, followingLinks: false)
                ?? (isLinkInsideSite(location, root: root) ? FileContents.read(location) : nil) else {
            let problem = isLinkOutsideSite(location, root: root)
                ? Diagnostic(file: path, message: "a symbolic link to a file outside the site; not read", hint: Self.outsideLinkHint)
                : Diagnostic(file: path, message: "cannot read the file")
            return Source(stamp: .missing, digest: ContentDigest(path), parsed: .failure(BuildFailure([problem])))
        }
        var digest = ContentDigest.Builder()
        digest.add(path)
        digest.add(ContentDigest(data))
        if let old = previous, old.digest == digest.digest { return Source(stamp: readStamp, digest: old.digest, parsed: old.parsed) }
        guard let text = String(validatingUTF8Data: data) else {
            return Source(stamp: readStamp, digest: digest.digest, parsed: .failure(BuildFailure([Diagnostic(
                file: path, line: 1, column: 1, message: "the file is not valid UTF-8", hint: "save it as UTF-8")])))
        }
        return Source(stamp: readStamp, digest: digest.digest,
                      parsed: parse(SourceFile(path: path, text: text), config: config, digest: digest.digest, readText: readText))
    }

    /// Each tag whose slug is too long to name the tag's folder, at the tag.
    static func longTagProblems(_ page: Page) -> [Diagnostic] {
        page.tags.enumerated().compactMap { index, name in
            let slug = Slug.make(name)
            guard !OutputPath.fitsSegment(slug) else { return nil }
            let position = page.frontMatter.position(of: "tags", item: index)
            return Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column,
                              message: "tag '\(name.prefix(40))…' makes a URL segment of \(slug.utf8.count) bytes, more than the \(OutputPath.segmentLimit) a file name can have",
                              hint: "use a shorter tag")
        }
    }

    enum Parsed: Sendable {
        case page(Page)
        case index(String, SectionIndex)
        case translation(Translation)
    }

    /// Turns one file into a page or a section index.
    static func parse(_ file: SourceFile, config: SiteConfig, digest: ContentDigest? = nil,
                      readText: ((Page, String) -> Void)? = nil) -> Result<Parsed, BuildFailure> {
        if let (code, originalName) = file.translation(codes: config.translationCodes) {
            return parseTranslation(file, code: code, originalName: originalName, config: config, digest: digest)
        }
        if config.isMultilingual, let (code, originalName) = file.translation(codes: [config.language]) {
            return .failure(BuildFailure([Diagnostic(
                file: file.path, message: "'\(code)' is the site's default language, whose pages have no language in their name",
                hint: "name it \(originalName)")]))
        }
        // A page that is a folder is named by its folder; any other Markdown file deeper than a
        // section is a mistake (a page's folder holds one page, its index.md).
        let folders = file.isBundle ? Array(file.folders.prefix(1)) : file.folders
        guard folders.count <= 1 else {
            return .failure(BuildFailure([Diagnostic(
                file: file.path, message: "pages live at most one folder deep, found \(folders.count) folders",
                hint: "move it to Content/<section>/\(file.fileName), or, for a page with files beside it, "
                    + "to Content/<section>/<slug>/\(SourceFile.bundleFile)")]))
        }
        let parts: FrontMatter.Parts
        switch FrontMatter.split(file.text, file: file.path) {
        case .success(let split): parts = split
        case .failure(let diagnostic): return .failure(BuildFailure([diagnostic]))
        }
        let isIndex = file.fileName == "_index.md"
        let (decoded, problems) = FrontMatter.decode(
            yaml: parts.yaml, file: file.path, lineOffset: parts.yamlLineOffset,
            timeZone: config.timeZone, requiresDate: !isIndex && !folders.isEmpty)
        var diagnostics = problems
        var section: String?
        if let folder = folders.first {
            section = Slug.make(folder)
            if section!.isEmpty {
                diagnostics.append(Diagnostic(file: file.path, message: "the folder name '\(folder)' gives an empty URL segment",
                                              hint: "name section folders with letters or digits"))
            } else if !OutputPath.fitsSegment(section!) {
                diagnostics.append(Diagnostic(
                    file: file.path,
                    message: "the folder name makes a URL segment of \(section!.utf8.count) bytes, more than the \(OutputPath.segmentLimit) a file name can have",
                    hint: "give the section folder a shorter name"))
            }
        }
        guard let matter = decoded, diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }

        var content = Markdown.render(parts.body, unsafeHTML: config.unsafeHTML, lineOffset: parts.bodyLineOffset)
        if isIndex {
            // Not searched: a section's page lists its pages.
            content.plainText = ""
            return .success(.index(section ?? "", SectionIndex(sourcePath: file.path, title: matter.title, frontMatter: matter, content: content, digest: digest)))
        }
        switch PageSlug.resolve(file: file, frontMatter: matter) {
        case .success(let slug):
            let text = content.plainText
            if readText != nil { content.plainText = "" }
            let page = Page(sourcePath: file.path, section: section, slug: slug, frontMatter: matter, content: content, digest: digest)
            if !page.tagSlugs.allSatisfy(OutputPath.fitsSegment) { return .failure(BuildFailure(longTagProblems(page))) }
            readText?(page, text)
            return .success(.page(page))
        case .failure(let diagnostic):
            return .failure(BuildFailure([diagnostic]))
        }
    }
}
