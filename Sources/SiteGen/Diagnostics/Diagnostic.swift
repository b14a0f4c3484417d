/// One problem found in the site's input, pinned to the place a person has to fix.
public struct Diagnostic: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
        /// Not a problem: something worth knowing, such as a page not yet translated.
        case note
    }

    /// Path relative to the site root, e.g. `Content/articles/x.md`.
    public var file: String
    /// 1-based line, or nil when the problem concerns the whole file.
    public var line: Int?
    /// 1-based column in Unicode scalars, or nil.
    public var column: Int?
    public var severity: Severity
    /// What was found, and what was expected.
    public var message: String
    /// What to do about it.
    public var hint: String?

    public init(
        file: String, line: Int? = nil, column: Int? = nil,
        severity: Severity = .error, message: String, hint: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// `file:line:col: error: message`, then an indented hint line when there is one. Control
    /// characters are escaped, so that a file named with a line break, or a quote of one, can
    /// neither split the line that editors and scripts read as `file:line:col` nor move the
    /// terminal's cursor.
    public var description: String {
        var location = Self.escapingControlCharacters(file)
        if let line {
            location += ":\(line)"
            if let column { location += ":\(column)" }
        }
        var text = "\(location): \(severity.rawValue): \(Self.escapingControlCharacters(message))"
        if let hint { text += "\n  hint: \(Self.escapingControlCharacters(hint))" }
        return text
    }

    /// `text` with line breaks, tabs, other control characters and the marks that reorder text
    /// written as `\n`, `\r`, `\t` or `\u{7F}`; anything else as it is.
    public static func escapingControlCharacters(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isEscaped) else { return text }
        var shown = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": shown.append(contentsOf: "\\n".unicodeScalars)
            case "\r": shown.append(contentsOf: "\\r".unicodeScalars)
            case "\t": shown.append(contentsOf: "\\t".unicodeScalars)
            case _ where isEscaped(scalar):
                shown.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            default: shown.append(scalar)
            }
        }
        return String(shown)
    }

    private static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}

/// A build that could not finish, with every problem found before it stopped.
public struct BuildFailure: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.reportOrder)
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Diagnostic {
    /// Reports read top to bottom: by file, then by position.
    static func reportOrder(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        if (a.column ?? 0) != (b.column ?? 0) { return (a.column ?? 0) < (b.column ?? 0) }
        return a.message < b.message
    }
}
