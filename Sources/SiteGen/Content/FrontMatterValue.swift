/// A front matter value whose key sitegen does not know, kept for templates (`page.params.KEY`).
///
/// Scalars stay as written (`1.10` stays `1.10`, `No` stays `No`); only YAML 1.2's `true` and
/// `false` become booleans, so that `{{#page.params.featured}}` works as authors expect.
public enum FrontMatterValue: Sendable, Equatable, Decodable {
    case string(String)
    case bool(Bool)
    case list([FrontMatterValue])
    case map([String: FrontMatterValue])
    case null

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public init(from decoder: Decoder) throws {
        if let keyed = try? decoder.container(keyedBy: AnyKey.self) {
            var map: [String: FrontMatterValue] = [:]
            for key in keyed.allKeys {
                map[key.stringValue] = try keyed.decode(FrontMatterValue.self, forKey: key)
            }
            self = .map(map)
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

    /// The value as a template sees it: strings, booleans, arrays and dictionaries.
    var templateValue: Any {
        switch self {
        case .string(let text): return text
        case .bool(let flag): return flag
        case .list(let items): return items.map(\.templateValue)
        case .map(let map): return map.mapValues(\.templateValue)
        case .null: return false
        }
    }
}
