import Foundation

/// One file of the built site: where it goes, what it holds, and which input made it.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes(Data)
        /// A file copied as it is (theme assets), read only when written.
        case copy(from: URL)
    }

    /// Path inside the output folder, e.g. `articles/x/index.html`.
    public var path: String
    public var content: Content
    /// The input that produced it (`Content/a.md`, `Templates/assets/x.css`), for error messages.
    public var source: String
    /// The key of everything this file was rendered from, for `RenderMemo`.
    var renderKey: ContentDigest?
    /// False for a file `RenderMemo` took from the previous build.
    var isFresh = true
    /// Of `content`, once known, so that a file reused from a previous build is not hashed again.
    var digest: ContentDigest?

    public init(path: String, content: Content, source: String) {
        self.path = path
        self.content = content
        self.source = source
    }

    public init(path: String, text: String, source: String) {
        self.init(path: path, content: .bytes(Data(text.utf8)), source: source)
    }

    /// The bytes to write.
    func data() throws -> Data {
        switch content {
        case .bytes(let bytes): bytes
        case .copy(let source): try Data(contentsOf: source)
        }
    }

    /// Two inputs that would write the same file, each named, so that neither silently wins.
    static func collisions(in files: [OutputFile]) -> [Diagnostic] {
        var firstSource: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            if let other = firstSource[file.path] {
                let url = "/" + (file.path.hasSuffix("/index.html") ? String(file.path.dropLast("index.html".count)) : file.path)
                diagnostics.append(Diagnostic(
                    file: file.source,
                    message: "\(file.source) and \(other) would both write \(url)",
                    hint: "give one of them another slug or file name"))
            } else {
                firstSource[file.path] = file.source
            }
        }
        return diagnostics
    }
}
