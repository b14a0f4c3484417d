import Foundation
import Mustache

/// Turns swift-mustache's parser errors, which are bare enum cases, into words a theme author
/// can act on.
enum TemplateError {
    static func diagnostic(for error: MustacheTemplate.ParserError, file: String) -> Diagnostic {
        let (message, hint) = explain(error.error)
        return Diagnostic(
            file: file, line: error.context.lineNumber, column: error.context.columnNumber,
            message: "\(message), in: \(error.context.line.trimmingCharacters(in: .whitespaces))", hint: hint)
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
            return ("a set-delimiter tag is malformed", "write it like {{=<% %>=}}")
        case .transformAppliedToInheritanceSection?:
            return ("a transform cannot be applied to a parent or block tag", "remove the transform from {{<parent}} or {{$block}}")
        case .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            return ("inside {{<parent}} … {{/parent}} only {{$block}} overrides may appear",
                    "wrap the content in {{$name}} … {{/name}}, naming a block of the parent")
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            return ("a {{% config }} tag is not understood", "only {{% CONTENT_TYPE: TEXT }} or HTML is supported")
        case nil where "\(error)" == "overflow":
            // swift-mustache's internal Parser.Error.overflow: the text ran out mid-tag.
            return ("the template ends inside a tag", "end every tag with }} (and {{{name}}} with }}})")
        case nil:
            return ("the template cannot be read (\(error))", "check the tag at this position")
        }
    }

    struct Reference: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// The `{{> name}}` partials and `{{< name}}` parents a template uses, with their positions.
    static func partialReferences(in text: String) -> [Reference] {
        var references: [Reference] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let afterOpen = rest[open.upperBound...]
                guard let sigil = afterOpen.first, sigil == ">" || sigil == "<",
                      let close = afterOpen.range(of: "}}") else {
                    rest = afterOpen
                    continue
                }
                let name = afterOpen[afterOpen.index(after: afterOpen.startIndex)..<close.lowerBound]
                    .trimmingCharacters(in: .whitespaces)
                if !name.isEmpty, !name.hasPrefix("*") {
                    let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                    references.append(Reference(name: name, line: index + 1, column: column))
                }
                rest = afterOpen[close.upperBound...]
            }
        }
        return references
    }
}
