import Foundation

/// One file of the built site: where it goes, what it holds, and which input made it.
public struct OutputFile: Sendable {
    public enum Content: Sendable {
        case bytes(Data)
        /// A file copied as it is (theme assets), read only when written.
        case copy(from: URL)
        /// A file of sitegen's own cache (its path), which holds the same bytes: linked where
        /// the file system allows, copied where not, never written afresh.
        case linked(String)
    }

    /// Path inside the output folder, e.g. `articles/x/index.html`.
    public var path: String
    public var content: Content
    /// The input that produced it (`Content/a.md`, `Templates/assets/x.css`), for error messages.
    public var source: String
    /// Where in `source` it was asked for, when one line asked for it (an alias).
    var position: SourcePosition?
    /// A digest of what the file was made from, when its maker keeps one: the writer records it
    /// beside the file and `OutputManifest` gives it back, so that a later build can tell that
    /// the file need not be made again. The output knows nothing more of it.
    var madeFrom: ContentDigest?
    /// Of `content`, once known, so that a file already in the output is not hashed again.
    var digest: ContentDigest?
    /// A file of `.well-known/`, the one hidden folder a site may publish, which only a site's
    /// static files may write.
    var isWellKnown = false

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
        case .linked(let source): try Data(contentsOf: URL(fileURLWithPath: source))
        }
    }

    /// Two inputs that would write the same file, or one a file inside the other's file, each
    /// named, so that neither silently wins; and files in hidden folders.
    static func collisions(in files: [OutputFile]) -> [Diagnostic] {
        var firstSource: [String: OutputFile] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            if let other = firstSource[file.path] {
                let url = Self.url(file.path)
                let message = other.source == file.source
                    ? "\(file.source) asks twice for \(url)"
                    : "\(file.source) and \(other.source) would both write \(url)"
                diagnostics.append(Diagnostic(file: file.source, line: file.position?.line, column: file.position?.column,
                                              message: message, hint: "give one of them another slug or file name"))
            } else {
                firstSource[file.path] = file
            }
        }
        for file in files {
            // A name longer than file systems allow, or a path too long to open with the output
            // folder's own path before it; checked first, as the checks below walk the path.
            if file.path.utf8.count > maximumPathBytes
                || file.path.split(separator: "/").contains(where: { $0.utf8.count > 255 }) {
                diagnostics.append(Diagnostic(
                    file: file.source, line: file.position?.line, column: file.position?.column,
                    message: "\(Self.url(String(file.path.prefix(60))))… would be written at a path longer than file systems allow",
                    hint: "keep each part of a URL under 255 bytes, and the whole under \(maximumPathBytes)"))
                continue
            }
            let segments = file.path.split(separator: "/", omittingEmptySubsequences: false)
            let published = file.isWellKnown && segments.first == ".well-known" ? segments.dropFirst() : segments[...]
            if let hidden = published.first(where: { $0.hasPrefix(".") }) {
                diagnostics.append(Diagnostic(
                    file: file.source, line: file.position?.line, column: file.position?.column,
                    message: "\(Self.url(file.path)) would be written into '\(hidden)', a hidden name",
                    hint: "names starting with '.' belong to whoever deploys the site (.git, .htaccess); choose another path"))
                continue
            }
            // A file where this one needs a folder (`/search.json/x/` under `/search.json`).
            for end in segments.indices.dropLast() {
                let folder = segments[...end].joined(separator: "/")
                guard let other = firstSource[folder] else { continue }
                diagnostics.append(Diagnostic(
                    file: file.source, line: file.position?.line, column: file.position?.column,
                    message: "\(Self.url(file.path)) would be written inside /\(folder), which \(other.source) writes",
                    hint: "choose a path that is not inside another file of the site"))
                break
            }
        }
        return diagnostics
    }

    /// Of a path inside the output, leaving room in the system's 4,096 for where the output is.
    static let maximumPathBytes = 3_000

    private static func url(_ path: String) -> String {
        "/" + (path.hasSuffix("/index.html") ? String(path.dropLast("index.html".count)) : path == "index.html" ? "" : path)
    }
}
