import Foundation
import Mustache

/// Turns swift-mustache's parser errors, which are bare enum cases, into words a theme author
/// can act on.
enum TemplateError {
    static func diagnostic(for error: MustacheTemplate.ParserError, file: String, text: String) -> Diagnostic {
        if case .expectedSectionEnd? = error.error as? MustacheTemplate.Error, let section = unclosedSection(in: text) {
            return Diagnostic(
                file: file, line: section.line, column: section.column,
                message: "section '\(section.name)' is opened here but never closed",
                hint: "add {{/\(section.name)}} where the section should end")
        }
        let (message, hint) = explain(error.error)
        // The line as the file has it: the parser's own copy of it can run on past a carriage return.
        let lines = lines(of: text)
        let line = lines.indices.contains(error.context.lineNumber - 1) ? lines[error.context.lineNumber - 1] : ""
        var source = line.trimmingCharacters(in: .whitespacesAndNewlines)
        // Enough to find the tag by; a minified template can be one long line.
        if source.count > 120 { source = source.prefix(120) + "…" }
        return Diagnostic(
            file: file, line: error.context.lineNumber, column: error.context.columnNumber,
            message: source.isEmpty ? message : "\(message), in: \(source)", hint: hint)
    }

    /// Where a template stops being UTF-8: the line and column of its first byte that is not.
    static func notUTF8(_ data: Data, file: String) -> Diagnostic {
        var (line, column, offset) = (1, 1, 0)
        var bytes = data.makeIterator()
        var decoder = UTF8()
        var invalid: UInt8?
        decoding: while true {
            switch decoder.decode(&bytes) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    (line, column) = (line + 1, 1)
                } else {
                    column += 1
                }
            case .emptyInput:
                break decoding
            case .error:
                invalid = data[data.startIndex + offset]
                break decoding
            }
        }
        let found = invalid.map { "the byte 0x" + String($0, radix: 16, uppercase: true) } ?? "a byte"
        return Diagnostic(file: file, line: line, column: column,
                          message: "the template is not valid UTF-8 text: \(found) here is not part of any character",
                          hint: "save the template as UTF-8")
    }

    static func explain(_ error: Error) -> (String, String) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return ("a section is closed with a name other than the one it was opened with",
                    "close {{#name}} and {{^name}} with {{/name}}, innermost first")
        case .unfinishedName?:
            return ("a tag is not finished", "end every tag with }} (and {{{name}}} with }}})")
        case .expectedSectionEnd?:
            return ("a section is opened but never closed", "add {{/name}} for every {{#name}}, {{^name}}, {{$name}} and {{<name}}")
        case .invalidSetDelimiter?:
            return ("a set-delimiter tag is malformed", "write it like {{=<% %>=}}: two delimiters, without spaces or '='")
        case .transformAppliedToInheritanceSection?:
            return ("a transform cannot be applied to a parent or block tag", "remove the transform from {{<parent}} or {{$block}}")
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return ("inside {{<parent}} … {{/parent}} only {{$block}} overrides may appear",
                    "wrap the content in {{$name}} … {{/name}}, naming a block of the parent")
        case .nestedTooDeeply?:
            return ("sections are nested more than \(MustacheTemplate.maximumDepth) deep here",
                    "close sections sooner, or move the inner part into a partial")
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return ("a {{% config }} tag is not understood", "only {{% CONTENT_TYPE: TEXT }} or HTML is supported")
        case nil where "\(error)" == "overflow":
            // swift-mustache's internal Parser.Error.overflow: the text ran out mid-tag.
            return ("the template ends inside a tag", "end every tag with }} (and {{{name}}} with }}})")
        case nil:
            return ("the template cannot be read (\(error))", "check the tag at this position")
        }
    }

    /// A tag in a template: its sigil (`#`, `/`, `>`, …, or a space for a variable), name and place.
    struct Tag: Equatable {
        var sigil: Character
        var name: String
        var line: Int
        var column: Int
    }

    /// Every `{{…}}` tag of a template with its position; custom delimiters are not followed.
    static func tags(in text: String) -> [Tag] {
        var tags: [Tag] = []
        for (index, line) in lines(of: text).enumerated() {
            var rest = line[...]
            // Columns counted on from the tag before, and the standard library's search, which
            // does not copy what is left of the line as Foundation's `range(of:)` does: either
            // made a line of thousands of tags take quadratic time.
            var (counted, column) = (line.startIndex, 1)
            while let open = rest.firstRange(of: "{{") {
                let inside = rest[open.upperBound...]
                guard let close = inside.firstRange(of: "}}") else { break }
                var body = inside[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                var sigil: Character = " "
                if let first = body.first, "#^/$<>&{!=".contains(first) {
                    sigil = first
                    body = String(body.dropFirst()).trimmingCharacters(in: .whitespaces)
                }
                column += line.unicodeScalars.distance(from: counted, to: open.lowerBound)
                counted = open.lowerBound
                tags.append(Tag(sigil: sigil, name: body, line: index + 1, column: column))
                rest = inside[close.upperBound...]
            }
        }
        return tags
    }

    /// The lines of a template, split at each line feed; split by scalars, since a carriage
    /// return and a line feed together are one `Character`, which no `"\n"` matches.
    static func lines(of text: String) -> [Substring] {
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map(Substring.init)
    }

    /// The `{{> name}}` partials and `{{< name}}` parents a template uses.
    static func partialReferences(in text: String) -> [Tag] {
        tags(in: text).filter { ($0.sigil == ">" || $0.sigil == "<") && !$0.name.isEmpty && !$0.name.hasPrefix("*") }
    }

    /// The innermost section that is never closed: the parser only notices at the end of the
    /// file, but the author needs the place where it was opened.
    static func unclosedSection(in text: String) -> Tag? {
        var open: [Tag] = []
        for tag in tags(in: text) {
            if "#^$<".contains(tag.sigil) {
                open.append(tag)
            } else if tag.sigil == "/", let index = open.lastIndex(where: { $0.name == tag.name }) {
                open.removeSubrange(index...)
            }
        }
        return open.last
    }
}
