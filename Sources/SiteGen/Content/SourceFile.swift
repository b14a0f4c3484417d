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

    var fileName: String {
        String(segments.last ?? "")
    }

    /// Split at `/` byte by byte: splitting the string splits at characters, a grapheme break each.
    private var segments: [Substring] {
        path.utf8.split(separator: UInt8(ascii: "/")).map { Substring($0) }
    }

    /// The file name without `.md`.
    var baseName: String {
        fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    }
}
