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

    /// Lists the Markdown files under `root/Content`, sorted, as site-relative paths: the files
    /// `SiteInputs` stamps, read with `readdir` (a `FileManager` enumerator made a `stat` of each).
    public static func markdownFiles(root: URL) throws -> [String] {
        FolderListing.files(under: folder, in: root.standardizedFileURL.path).filter { $0.hasSuffix(".md") }
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
    /// Pages number their search terms with `vocabulary`, which must be the one that numbered
    /// `previous`; without one they keep their plain text. Unless it `remembers`, it returns no
    /// sources (a build that ends its process has no use for them).
    static func load(root: URL, config: SiteConfig, previous: [String: Source], changed: Set<String>? = nil,
                     vocabulary: SearchVocabulary? = nil, remembers: Bool = true) -> (LoadedContent, [Diagnostic], [String: Source]) {
        let paths: [String]
        let unchanged: Set<String>
        if let changed, !previous.isEmpty, let known = knownFiles(root: root, previous: previous, changed: changed) {
            paths = known
            unchanged = Set(previous.keys).subtracting(changed)
        } else {
            do {
                paths = try markdownFiles(root: root)
            } catch {
                return (LoadedContent(), [Diagnostic(file: folder, message: "cannot list the folder: \(error.localizedDescription)")], [:])
            }
            unchanged = []
        }
        let sources = paths.concurrentMap(start: { vocabulary.map(SearchVocabulary.Numbering.init) }) { numbering, path -> Source in
            if unchanged.contains(path), let old = previous[path] { return old }
            return read(path, root: root, config: config, previous: previous[path], numbering: numbering, stamps: remembers)
        }
        var content = LoadedContent()
        var diagnostics: [Diagnostic] = []
        for source in sources {
            switch source.parsed {
            case .success(.page(let page)): content.pages.append(page)
            case .success(.index(let key, let index)): content.indexes[key] = index
            case .failure(let failure): diagnostics += failure.diagnostics
            }
        }
        return (content, diagnostics, remembers ? Dictionary(uniqueKeysWithValues: zip(paths, sources)) : [:])
    }

    /// One file, parsed unless `previous` (its last reading) has the same stamp or bytes.
    /// Without `stamps` (nothing will be compared with this reading) the file is not `stat`ed.
    static func read(_ path: String, root: URL, config: SiteConfig, previous: Source?,
                     numbering: SearchVocabulary.Numbering? = nil, stamps: Bool = true) -> Source {
        let location = root.appendingFile(path).path
        // A file unchanged since the last build is not opened at all.
        if let old = previous, let stamp = FileStamp(path: location), old.stamp == stamp { return old }
        guard let (data, readStamp) = FileContents.read(location) else {
            return Source(stamp: .missing, digest: ContentDigest(path), parsed: .failure(BuildFailure([Diagnostic(file: path, message: "cannot read the file")])))
        }
        let stamp = stamps || previous != nil ? readStamp : nil
        var digest = ContentDigest.Builder()
        digest.add(path)
        digest.add(ContentDigest(data))
        if let old = previous, old.digest == digest.digest { return Source(stamp: stamp ?? .missing, digest: old.digest, parsed: old.parsed) }
        guard let text = String(validatingUTF8Data: data) else {
            return Source(stamp: stamp ?? .missing, digest: digest.digest, parsed: .failure(BuildFailure([Diagnostic(
                file: path, line: 1, column: 1, message: "the file is not valid UTF-8", hint: "save it as UTF-8")])))
        }
        return Source(stamp: stamp ?? .missing, digest: digest.digest,
                      parsed: parse(SourceFile(path: path, text: text), config: config, digest: digest.digest, numbering: numbering))
    }

    /// The Markdown files after `changed`, worked out from `previous` without listing the folder;
    /// nil when a folder was among the changes (then the folder is listed).
    static func knownFiles(root: URL, previous: [String: Source], changed: Set<String>) -> [String]? {
        var paths = Set(previous.keys)
        for path in changed where path == folder || path.hasPrefix(folder + "/") {
            let name = (path as NSString).lastPathComponent
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue || !exists && paths.contains(where: { $0.hasPrefix(path + "/") }) { return nil }
            guard name.hasSuffix(".md"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if exists { paths.insert(path) } else { paths.remove(path) }
        }
        return paths.sorted()
    }

    enum Parsed: Sendable {
        case page(Page)
        case index(String, SectionIndex)
    }

    /// Turns one file into a page or a section index.
    static func parse(_ file: SourceFile, config: SiteConfig, digest: ContentDigest? = nil,
                      numbering: SearchVocabulary.Numbering? = nil) -> Result<Parsed, BuildFailure> {
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

        var content = Markdown.render(parts.body, unsafeHTML: config.unsafeHTML, lineOffset: parts.bodyLineOffset)
        if isIndex {
            // Not searched: a section's page lists its pages.
            content.plainText = ""
            return .success(.index(section ?? "", SectionIndex(sourcePath: file.path, title: matter.title, frontMatter: matter, content: content, digest: digest)))
        }
        switch PageSlug.resolve(file: file, frontMatter: matter) {
        case .success(let slug):
            return .success(.page(Page(sourcePath: file.path, section: section, slug: slug, frontMatter: matter, content: content, digest: digest,
                                        numbering: numbering)))
        case .failure(let diagnostic):
            return .failure(BuildFailure([diagnostic]))
        }
    }
}
