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
        if text.containsUTF8Byte(UInt8(ascii: "\r")) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }

        // Only the front matter is cut into lines; the body is taken whole, as one slice.
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var lineNumber = 0
        var yamlStart: String.Index?
        while lineStart < utf8.endIndex || lineNumber == 0 {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            let line = text[lineStart..<lineEnd]
            lineNumber += 1
            let next = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
            if lineNumber == 1 {
                guard line.trimmingTrailingSpaces == "---" else {
                    return .failure(Diagnostic(
                        file: file, line: 1, column: 1,
                        message: "expected front matter starting with '---' on the first line, found \(describe(line))",
                        hint: "begin the file with '---', then 'title: …' and 'date: YYYY-MM-DD', then '---'"))
                }
                yamlStart = next
            } else if line.trimmingTrailingSpaces == "---", let yamlStart {
                let yaml = yamlStart < lineStart ? String(text[yamlStart..<utf8.index(before: lineStart)]) : ""
                return .success(Parts(yaml: yaml, body: String(text[next...]), yamlLineOffset: 1, bodyLineOffset: lineNumber))
            }
            if lineEnd == utf8.endIndex { break }
            lineStart = next
        }
        return .failure(Diagnostic(
            file: file, line: 1, column: 1,
            message: "front matter opened with '---' is never closed",
            hint: "add a line with only '---' after the last front matter key"))
    }

    private static func describe(_ line: Substring) -> String {
        guard !line.isEmpty else { return "an empty line" }
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
