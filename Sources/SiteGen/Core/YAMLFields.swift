import Yams

/// Reads a YAML mapping one key at a time through `YAMLDecoder`, so that every bad value is
/// reported at its own line and column and one bad key never hides the next.
struct YAMLFields {
    struct Entry {
        let key: String
        let value: Node
    }

    let file: String
    /// Lines before the YAML text in its file (the `---` line of front matter, for instance).
    let lineOffset: Int
    let entries: [Entry]
    var diagnostics: [Diagnostic] = []
    /// One decoder for every file: creating one reads the process environment (Yams's default
    /// encoding), which is slow enough to show in a build's profile even once a file.
    /// Decoding only reads its options, so sharing it across threads is safe.
    private nonisolated(unsafe) static let decoder = YAMLDecoder(encoding: .utf8)
    /// One for every file too: `Constructor.default` makes a new one, with its tables, each time.
    /// Composing only reads it.
    private nonisolated(unsafe) static let constructor = Constructor.default

    /// Parses `yaml`; a syntax error, or a document that is not a mapping, is reported and yields
    /// an empty set of fields. Front matter is composed with `.basic`, which leaves every scalar
    /// text: the default resolver runs seven regular expressions on every key and value (to
    /// compare keys for duplicates by type), which was two thirds of the YAML time of a page.
    /// Text is all sitegen reads but for Booleans, which `decodeBool` knows by themselves.
    init(yaml: String, file: String, lineOffset: Int, resolver: Resolver = .default) {
        self.file = file
        self.lineOffset = lineOffset
        var entries: [Entry] = []
        do {
            // An explicit encoding: Yams's default reads the process environment on every call.
            switch try Yams.compose(yaml: yaml, resolver, Self.constructor, .utf8) {
            case nil:
                break
            case .mapping(let mapping)?:
                if let (key, allowance) = Self.keyOverExpansionAllowance(mapping, textSize: yaml.utf8.count) {
                    diagnostics.append(Diagnostic(
                        file: file, line: key.mark.map { $0.line + lineOffset }, column: key.mark?.column,
                        message: "'\(key.string ?? "")' expands through aliases nested in one another to more than \(allowance) values",
                        hint: "write the values out, or nest fewer aliases (`*name`) inside one another"))
                } else {
                    entries = mapping.map { Entry(key: $0.key.string ?? "", value: $0.value) }
                }
            case let other?:
                diagnostics.append(Diagnostic(
                    file: file, line: (other.mark?.line ?? 1) + lineOffset, column: other.mark?.column,
                    message: "expected key: value pairs, found \(other.kindDescription)",
                    hint: "write one `key: value` per line"))
            }
        } catch {
            diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset))
        }
        self.entries = entries
    }

    /// Values YAML may hold beyond one for each byte of its text. Text without aliases has fewer
    /// values than bytes; with aliases repeated inside one another it can stand for billions
    /// (700 bytes made minutes of work and gigabytes), so such text is refused before anything
    /// walks its values.
    static let expansionAllowance = 100_000

    /// The first key whose value takes the document's values past `expansionAllowance` beyond
    /// its size, and the limit it passed; nil when the document stays within it. Stops counting
    /// there, however many values there would be.
    static func keyOverExpansionAllowance(_ mapping: Node.Mapping, textSize: Int) -> (Node, Int)? {
        let allowance = expansionAllowance + textSize
        var left = allowance
        for (key, value) in mapping {
            var pending = [key, value]
            while let node = pending.popLast() {
                left -= 1
                if left < 0 { return (key, allowance) }
                switch node {
                case .sequence(let items): pending += items
                case .mapping(let pairs): for (itemKey, itemValue) in pairs { pending += [itemKey, itemValue] }
                case .scalar, .alias: break
                }
            }
        }
        return nil
    }

    func node(_ key: String) -> Node? {
        entries.first { $0.key == key }?.value
    }

    /// Position of `key`'s value, as the file's own line and column.
    func position(of key: String) -> (line: Int?, column: Int?) {
        position(of: node(key))
    }

    func position(of node: Node?) -> (line: Int?, column: Int?) {
        guard let mark = node?.mark else { return (lineOffset + 1, 1) }
        return (mark.line + lineOffset, mark.column)
    }

    /// Decodes `key` as `T`; nil when absent, empty, or wrong (the latter is reported).
    mutating func decode<T: Decodable>(_ key: String, as type: T.Type, expected: String) -> T? {
        guard let node = node(key), !node.isNull else { return nil }
        // Text is a scalar's string, as YAMLDecoder would decode it, without its machinery.
        if T.self == String.self, case .scalar(let scalar) = node { return unsafeBitCast(scalar.string, to: T.self) }
        do {
            return try Self.decoder.decode(T.self, from: node)
        } catch {
            report(key, "'\(key)' must be \(expected), found \(node.kindDescription)",
                   hint: nil, at: node)
            return nil
        }
    }

    /// `true` or `false`, or another of YAML 1.1's Booleans (`yes`, `off`, …) unquoted, as Yams's
    /// default resolver knows them; nil when absent, empty, or anything else (reported).
    mutating func decodeBool(_ key: String) -> Bool? {
        guard let node = node(key), !node.isNull else { return nil }
        if let scalar = node.scalar, scalar.style == .plain, let value = Self.booleans[scalar.string] { return value }
        report(key, "'\(key)' must be true or false, found \(node.kindDescription)", hint: nil, at: node)
        return nil
    }

    private static let booleans: [String: Bool] = Dictionary(uniqueKeysWithValues:
        ["true", "yes", "on"].flatMap { [$0, $0.capitalized, $0.uppercased()] }.map { ($0, true) }
        + ["false", "no", "off"].flatMap { [$0, $0.capitalized, $0.uppercased()] }.map { ($0, false) })

    /// A list of strings, or one string standing for a list of one.
    mutating func decodeStringList(_ key: String) -> [String]? {
        guard let node = node(key), !node.isNull else { return nil }
        if node.scalar != nil, let one = decode(key, as: String.self, expected: "text or a list of text") {
            return [one]
        }
        if case .sequence(let items) = node {
            let texts = items.compactMap(\.scalar?.string)
            if texts.count == items.count { return texts }
        }
        return decode(key, as: [String].self, expected: "a list of text, like [a, b]")
    }

    mutating func report(_ key: String, _ message: String, hint: String?, at node: Node? = nil) {
        let (line, column) = position(of: node ?? self.node(key))
        diagnostics.append(Diagnostic(file: file, line: line, column: column, message: message, hint: hint))
    }

    static func diagnostic(for error: Error, file: String, lineOffset: Int) -> Diagnostic {
        switch error {
        case YamlError.scanner(_, let problem, let mark, _),
             YamlError.parser(_, let problem, let mark, _),
             YamlError.composer(_, let problem, let mark, _):
            return Diagnostic(
                file: file, line: mark.line + lineOffset, column: mark.column,
                message: "YAML syntax error: \(problem)",
                hint: "check indentation and quoting; a value containing ': ' must be quoted")
        case YamlError.duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                file: file, line: context.mark.line + lineOffset, column: context.mark.column,
                message: "key \(duplicates.map { "'\($0)'" }.joined(separator: ", ")) appears more than once",
                hint: "keep one of them")
        case YamlError.reader(let problem, _, _, _):
            return Diagnostic(file: file, line: lineOffset + 1, message: "unreadable YAML: \(problem)",
                              hint: "save the file as UTF-8")
        default:
            return Diagnostic(file: file, line: lineOffset + 1, message: "unreadable YAML: \(error)")
        }
    }
}

extension Node {
    var isNull: Bool {
        guard let scalar else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// How a person would name this kind of value in an error message.
    var kindDescription: String {
        switch self {
        case .scalar(let scalar): return "'\(scalar.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }
}
