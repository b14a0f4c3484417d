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
        Array(path.split(separator: "/").dropFirst().dropLast().map(String.init))
    }

    var fileName: String {
        String(path.split(separator: "/").last ?? "")
    }

    /// The file name without `.md`.
    var baseName: String {
        fileName.hasSuffix(".md") ? String(fileName.dropLast(3)) : fileName
    }
}
