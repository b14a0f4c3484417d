import Foundation

/// One message of the Nu Html Checker's JSON output (`--format json`).
struct NuMessage: Decodable {
    /// `error`, `info` (a warning when `subType` is `warning`) or `non-document-error`.
    var type: String
    var subType: String?
    /// The checked file, as a `file:` URL.
    var url: String?
    var firstLine: Int?
    var lastLine: Int?
    var firstColumn: Int?
    var lastColumn: Int?
    var message: String
    var extract: String?

    /// Errors fail the check; a non-document error means a file could not be checked at all.
    var isError: Bool { type == "error" || type == "non-document-error" }

    var isWarning: Bool { type == "info" && subType == "warning" }

    /// `path:line:column: error: message`, with the path relative to `folder`, then the extract.
    func describe(relativeTo folder: URL) -> String {
        var path = url.flatMap { URL(string: $0)?.path } ?? url ?? "(no file)"
        let prefix = folder.standardizedFileURL.path + "/"
        if path.hasPrefix(prefix) { path.removeFirst(prefix.count) }
        let line = lastLine ?? firstLine ?? 0
        let column = firstColumn ?? lastColumn ?? 0
        let kind = isError ? "error" : (isWarning ? "warning" : "info")
        var text = "\(path):\(line):\(column): \(kind): \(message)"
        if let extract, !extract.isEmpty {
            text += "\n    " + extract.replacingOccurrences(of: "\n", with: "⏎")
        }
        return text
    }
}
