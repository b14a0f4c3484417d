/// A front matter value whose key sitegen does not know, kept for templates (`page.params.KEY`).
///
/// Scalars stay as written (`1.10` stays `1.10`, `No` stays `No`); only YAML 1.2's `true` and
/// `false` become booleans, so that `{{#page.params.featured}}` works as authors expect.
public enum FrontMatterValue: Sendable, Equatable, Decodable {
    case string(String)
    case bool(Bool)
    case list([FrontMatterValue])
    /// Key-value pairs in the order the author wrote them (a facts panel shows them so).
    case map([Entry])
    case null

    public struct Entry: Sendable, Equatable {
        public var key: String
        public var value: FrontMatterValue

        public init(key: String, value: FrontMatterValue) {
            self.key = key
            self.value = value
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            self = .map(try keyed.allKeys.map { key in
                Entry(key: key.stringValue, value: try keyed.decode(FrontMatterValue.self, forKey: key))
            })
        } else if var unkeyed = try? decoder.unkeyedContainer() {
            var list: [FrontMatterValue] = []
            while !unkeyed.isAtEnd {
                list.append(try unkeyed.decode(FrontMatterValue.self))
            }
            self = .list(list)
        } else {
            let single = try decoder.singleValueContainer()
            if single.decodeNil() {
                self = .null
                return
            }
            let text = try single.decode(String.self)
            switch text {
            case "true": self = .bool(true)
            case "false": self = .bool(false)
            default: self = .string(text)
            }
        }
    }

    /// The text of a scalar, nil for anything else.
    public var text: String? {
        if case .string(let text) = self { return text }
        return nil
    }

    /// The value as a template sees it: strings, booleans, arrays and dictionaries.
    var templateValue: Any {
        switch self {
        case .string(let text): return text
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.templateValue)
        case .map(let entries):
            return Dictionary(entries.map { ($0.key, $0.value.templateValue) }, uniquingKeysWith: { first, _ in first })
        case .null: return false
        }
    }
}
