extension FrontMatter {
    /// A page's text cut into its YAML and its Markdown body.
    struct Parts: Equatable {
        var yaml: String
        var body: String
        /// Lines of the file before the YAML (the opening `---`).
        var yamlLineOffset: Int
        /// Lines of the file before the body, so that Markdown positions map back to the file.
        var bodyLineOffset: Int
    }

    /// Strips a BOM, turns CRLF into LF, and cuts the front matter off between `---` lines.
    static func split(_ raw: String, file: String) -> Result<Parts, Diagnostic> {
        var text = raw
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        if text.contains("\r") {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }

        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpaces == "---" else {
            return .failure(Diagnostic(
                file: file, line: 1, column: 1,
                message: "expected front matter starting with '---' on the first line, found \(describe(lines.first))",
                hint: "begin the file with '---', then 'title: …' and 'date: YYYY-MM-DD', then '---'"))
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0.trimmingTrailingSpaces == "---" }) else {
            return .failure(Diagnostic(
                file: file, line: 1, column: 1,
                message: "front matter opened with '---' is never closed",
                hint: "add a line with only '---' after the last front matter key"))
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        // `close` indexes the original line array, where line 1 is the opening `---`.
        return .success(Parts(yaml: yaml, body: body, yamlLineOffset: 1, bodyLineOffset: close + 1))
    }

    private static func describe(_ line: Substring?) -> String {
        guard let line, !line.isEmpty else { return "an empty line" }
        return "'\(line.prefix(40))'"
    }
}

extension Substring {
    var trimmingTrailingSpaces: Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
