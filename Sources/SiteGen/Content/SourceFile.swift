/// A file read from `Content/`, named by its path from the site root.
public struct SourceFile: Sendable {
    /// e.g. `Content/articles/weibo-backlash.md`
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// Folders between `Content/` and the file: `["articles"]`, or `[]` for a top-level page.
    var folders: [String] {
        Array(segments.dropFirst().dropLast().map(String.init))
    }

    /// A page that is a folder, `Content/<section>/<slug>/index.md`, with its files beside it.
    var isBundle: Bool {
        folders.count == 2 && fileName == Self.bundleFile
    }

    static let bundleFile = "index.md"

    var fileName: String {
        String(segments.last ?? "")
    }

    /// Split at `/` byte by byte: splitting the string splits at characters, a grapheme break each.
    private var segments: [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    /// The file name without `.md`; of a page that is a folder, the folder's name.
    var baseName: String {
        if isBundle { return folders[1] }
        return fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    }

    /// Of a translation, `name.zh.md` (or `index.zh.md`, `_index.zh.md`), its language and the
    /// file name of its original (`name.md`); nil for any other file, and for a code that is not
    /// one of `codes`, so that a page named `v1.2.md` stays a page.
    func translation(codes: Set<String>) -> (code: String, originalName: String)? {
        guard !codes.isEmpty, fileName.hasSuffix(".md") else { return nil }
        let stem = fileName.dropLast(3)
        guard let dot = stem.lastIndex(of: "."), dot != stem.startIndex else { return nil }
        let code = String(stem[stem.index(after: dot)...])
        guard codes.contains(code) else { return nil }
        return (code, stem[..<dot] + ".md")
    }

    /// The file the translation `self` translates: the same folder, `originalName`.
    func original(named originalName: String) -> SourceFile {
        let folder = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[...$0]) } ?? ""
        return SourceFile(path: folder + originalName, text: text)
    }
}
