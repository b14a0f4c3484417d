import Foundation

/// Everything read from `Content/`: pages, and the `_index.md` of each section (key = section
/// slug) and of the home page (key = "").
public struct LoadedContent: Sendable {
    public var pages: [Page] = []
    public var indexes: [String: SectionIndex] = [:]
}

/// Reads `Content/**/*.md` in sorted order and turns each file into a `Page`, on all cores.
public enum ContentLoader {
    public static let folder = "Content"

    /// Lists the Markdown files under `root/Content`, sorted, as site-relative paths.
    public static func markdownFiles(root: URL) throws -> [String] {
        let base = root.appendingPathComponent(folder)
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return [] }
        var paths: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            if name.hasSuffix(".md") { paths.append("\(folder)/\(relative)") }
        }
        return paths.sorted()
    }

    /// Reads and parses every page; collects every problem instead of stopping at the first.
    public static func load(root: URL, config: SiteConfig) -> (LoadedContent, [Diagnostic]) {
        let paths: [String]
        do {
            paths = try markdownFiles(root: root)
        } catch {
            return (LoadedContent(), [Diagnostic(file: folder, message: "cannot list the folder: \(error.localizedDescription)")])
        }
        let results = paths.concurrentMap { path -> Result<Parsed, BuildFailure> in
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path) else {
                return .failure(BuildFailure([Diagnostic(file: path, message: "cannot read the file")]))
            }
            guard let text = String(validatingUTF8Data: data) else {
                return .failure(BuildFailure([Diagnostic(file: path, line: 1, column: 1,
                    message: "the file is not valid UTF-8", hint: "save it as UTF-8")]))
            }
            return parse(SourceFile(path: path, text: text), config: config)
        }
        var content = LoadedContent()
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(.page(let page)): content.pages.append(page)
            case .success(.index(let key, let index)): content.indexes[key] = index
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        return (content, diagnostics)
    }

    enum Parsed: Sendable {
        case page(Page)
        case index(String, SectionIndex)
    }

    /// Turns one file into a page or a section index.
    static func parse(_ file: SourceFile, config: SiteConfig) -> Result<Parsed, BuildFailure> {
        let folders = file.folders
        guard folders.count <= 1 else {
            return .failure(BuildFailure([Diagnostic(
                file: file.path, message: "pages live at most one folder deep, found \(folders.count) folders",
                hint: "move it to Content/<section>/\(file.fileName)")]))
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
            }
        }
        guard let matter = decoded, diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }

        let content = Markdown.render(parts.body, unsafeHTML: config.unsafeHTML, lineOffset: parts.bodyLineOffset)
        if isIndex {
            return .success(.index(section ?? "", SectionIndex(sourcePath: file.path, title: matter.title, frontMatter: matter, content: content)))
        }
        switch PageSlug.resolve(file: file, frontMatter: matter) {
        case .success(let slug):
            return .success(.page(Page(sourcePath: file.path, section: section, slug: slug, frontMatter: matter, content: content)))
        case .failure(let diagnostic):
            return .failure(BuildFailure([diagnostic]))
        }
    }
}
