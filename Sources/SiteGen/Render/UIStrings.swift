import Foundation
import Yams

/// The theme's words in each language: `Templates/i18n/<code>.yaml`, a mapping of keys to text,
/// flat (`read_more: Read more`) or nested (`nav: {tags: Tags}`, reached as `nav.tags`). Templates
/// show them as `{{i18n.read_more}}`. A key the default language has and another lacks shows the
/// default language's text, with a warning naming the key and the file.
struct UIStrings: Sendable {
    static let folder = "i18n"
    /// The language a site in one language falls back to when the theme has no file for its own.
    static let fallback = "en"

    /// One language's strings, the default language's filling its gaps.
    struct Language: Sendable {
        /// By dotted key.
        var strings: [String: String] = [:]

        /// `key`'s text with `{name}` placeholders filled; `fallback` when no file has the key,
        /// as for a theme without `i18n/`.
        func text(_ key: String, _ fallback: String, _ values: [String: String] = [:]) -> String {
            var text = strings[key] ?? fallback
            for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
            return text
        }

        /// The strings as templates reach them: nested by the dots of their keys.
        var templateValue: [String: Any] {
            var value: [String: Any] = [:]
            for (key, text) in strings {
                Self.insert(text, at: key.split(separator: ".").map(String.init)[...], into: &value)
            }
            return value
        }

        private static func insert(_ text: String, at path: ArraySlice<String>, into value: inout [String: Any]) {
            guard let first = path.first else { return }
            if path.count == 1 {
                value[first] = text
            } else {
                var inner = value[first] as? [String: Any] ?? [:]
                insert(text, at: path.dropFirst(), into: &inner)
                value[first] = inner
            }
        }
    }

    var languages: [String: Language] = [:]
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []
    /// Of every file read, for the build's global digest.
    var digest: ContentDigest

    /// Reads the files of `codes` (the default language first) that exist.
    init(root: URL, codes: [String]) {
        var builder = ContentDigest.Builder()
        var read: [String: [String: String]] = [:]
        for code in codes {
            let path = "\(TemplateLibrary.folder)/\(Self.folder)/\(code).yaml"
            guard let data = FileContents.read(root.appendingPathComponent(path).path)?.data else { continue }
            guard let text = String(validatingUTF8Data: data) else {
                errors.append(Diagnostic(file: path, line: 1, column: 1, message: "the file is not valid UTF-8", hint: "save it as UTF-8"))
                continue
            }
            builder.add(code)
            builder.add(text)
            let fields = YAMLFields(yaml: text, file: path, lineOffset: 0, resolver: .basic)
            errors += fields.diagnostics
            var strings: [String: String] = [:]
            for entry in fields.entries {
                Self.flatten(entry.value, key: entry.key, into: &strings, fields: fields, errors: &errors)
            }
            read[code] = strings
        }
        digest = builder.digest
        guard let first = codes.first else { return }
        // A theme made in English serves a site whose language it has no file for in English,
        // rather than without words.
        if read[first] == nil, first != Self.fallback, codes.count == 1 {
            let path = "\(TemplateLibrary.folder)/\(Self.folder)/\(Self.fallback).yaml"
            if let data = FileContents.read(root.appendingPathComponent(path).path)?.data, let text = String(validatingUTF8Data: data) {
                builder.add(text)
                let fields = YAMLFields(yaml: text, file: path, lineOffset: 0, resolver: .basic)
                var strings: [String: String] = [:]
                for entry in fields.entries { Self.flatten(entry.value, key: entry.key, into: &strings, fields: fields, errors: &errors) }
                read[first] = strings
                digest = builder.digest
            }
        }
        let defaults = read[first] ?? [:]
        for code in codes {
            var strings = read[code] ?? [:]
            if code != first, read[code] != nil {
                let path = "\(TemplateLibrary.folder)/\(Self.folder)/\(code).yaml"
                for key in defaults.keys.sorted() where strings[key] == nil {
                    warnings.append(Diagnostic(file: path, severity: .warning,
                                               message: "no string '\(key)': the \(first) one is shown",
                                               hint: "add '\(key): …' in this language"))
                }
            }
            strings.merge(defaults) { own, _ in own }
            languages[code] = Language(strings: strings)
        }
    }

    private static func flatten(_ node: Node, key: String, into strings: inout [String: String], fields: YAMLFields,
                                errors: inout [Diagnostic]) {
        switch node {
        case .scalar(let scalar):
            strings[key] = scalar.string
        case .mapping(let pairs):
            for (inner, value) in pairs { flatten(value, key: key + "." + (inner.string ?? ""), into: &strings, fields: fields, errors: &errors) }
        default:
            let (line, column) = fields.position(of: node)
            errors.append(Diagnostic(file: fields.file, line: line, column: column,
                                     message: "'\(key)' must be text or a mapping of keys to text, found \(node.kindDescription)",
                                     hint: "write one 'key: text' per line"))
        }
    }

    subscript(code: String) -> Language {
        languages[code] ?? Language()
    }
}
