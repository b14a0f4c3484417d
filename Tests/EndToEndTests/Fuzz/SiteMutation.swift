/// One way to damage a site: a short name, and the change, which returns a description of
/// exactly what it did (nil when the site offers nothing for it to change).
struct SiteMutation: Sendable {
    let name: String
    let apply: @Sendable (inout FuzzSite, inout SplitMix64) -> String?

    init(_ name: String, _ apply: @escaping @Sendable (inout FuzzSite, inout SplitMix64) -> String?) {
        self.name = name
        self.apply = apply
    }
}

/// Text helpers shared by the mutations.
enum FuzzText {
    /// `text` shortened for a description, with control characters made visible.
    static func shown(_ text: String, limit: Int = 60) -> String {
        var shown = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: shown += "\\n"
            case 0x0D: shown += "\\r"
            case 0x09: shown += "\\t"
            case 0...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2066...0x2069, 0xFEFF, 0xFFFE, 0xFFFF:
                shown += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: shown.unicodeScalars.append(scalar)
            }
        }
        guard shown.count > limit else { return shown }
        return String(shown.prefix(limit)) + "… (\(text.utf8.count) bytes)"
    }

    /// The same text, `count` times.
    static func repeated(_ text: String, _ count: Int) -> String {
        String(repeating: text, count: count)
    }
}
