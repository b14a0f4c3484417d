import Foundation

/// The typed front matter of one page, as the author wrote it.
public struct FrontMatter: Sendable, Equatable {
    public var title: String
    public var date: Date?
    public var updated: Date?
    public var tags: [String] = []
    public var summary: String?
    public var slug: String?
    public var draft = false
    public var template: String?
    public var aliases: [String] = []
    /// What the page's facts come from, in the order the page numbers them.
    public var sources: [SourceCitation] = []
    /// When what the page tells of happened.
    public var period: Period?
    /// In a section's `_index.md`: every page of the section must list its sources.
    public var requiresSources = false
    /// Every key sitegen does not know, for templates.
    public var params: [String: FrontMatterValue] = [:]
    /// Where each key's value starts, so later stages can point at it.
    public var positions: [String: SourcePosition] = [:]
    /// Where each item of a list value starts (`tags`, `aliases`, …).
    public var itemPositions: [String: [SourcePosition]] = [:]

    /// Where item `index` of the list under `key` was written; the key's value for a
    /// one-string list.
    public func position(of key: String, item index: Int) -> SourcePosition? {
        itemPositions[key].flatMap { index < $0.count ? $0[index] : nil } ?? positions[key]
    }

    static let knownKeys: Set<String> = [
        "title", "date", "updated", "tags", "summary", "slug", "draft", "template", "aliases",
        "sources", "period", "require_sources",
    ]

    /// Decodes `yaml`; returns nil with diagnostics when anything is wrong, reporting every bad key.
    /// With `inheritsSources` (a translation), facts are checked against `sources:` only when it
    /// sets its own; else once it has its original's (`TranslatedContent`).
    static func decode(
        yaml: String, file: String, lineOffset: Int, timeZone: TimeZone, requiresDate: Bool, inheritsSources: Bool = false
    ) -> (FrontMatter?, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, lineOffset: lineOffset, resolver: .basic)
        guard fields.diagnostics.isEmpty else { return (nil, fields.diagnostics) }

        var reported = fields.diagnostics.count
        let title = fields.decode("title", as: String.self, expected: "text")?.trimmingWhitespace ?? ""
        if title.isEmpty, fields.diagnostics.count == reported {
            fields.report("title", "'title' is missing or empty", hint: "add a line like 'title: My page' to the front matter")
        }
        var matter = FrontMatter(title: title)
        reported = fields.diagnostics.count
        matter.date = decodeDate("date", in: &fields, timeZone: timeZone)
        if requiresDate, matter.date == nil, fields.diagnostics.count == reported {
            fields.report("date", "'date' is missing; pages in a section are dated",
                          hint: "add a line like 'date: 2026-01-05' to the front matter")
        }
        matter.updated = decodeDate("updated", in: &fields, timeZone: timeZone)
        matter.tags = (fields.decodeStringList("tags") ?? []).map(\.trimmingWhitespace)
        matter.summary = fields.decode("summary", as: String.self, expected: "text")
        matter.slug = fields.decode("slug", as: String.self, expected: "text")
        matter.draft = fields.decodeBool("draft") ?? false
        matter.template = fields.decode("template", as: String.self, expected: "a template name")
        matter.aliases = fields.decodeStringList("aliases") ?? []
        matter.sources = SourceCitation.decodeList(in: &fields, timeZone: timeZone)
        if !inheritsSources || fields.node("sources") != nil { SourceCitation.checkFactSources(in: &fields) }
        matter.period = decodePeriod(in: &fields)
        matter.requiresSources = fields.decodeBool("require_sources") ?? false

        for entry in fields.entries {
            let (line, column) = fields.position(of: entry.value)
            matter.positions[entry.key] = SourcePosition(line: line ?? lineOffset + 1, column: column ?? 1)
            if case .sequence(let items) = entry.value {
                matter.itemPositions[entry.key] = items.map { item in
                    let (line, column) = fields.position(of: item)
                    return SourcePosition(line: line ?? lineOffset + 1, column: column ?? 1)
                }
            }
            guard !knownKeys.contains(entry.key) else { continue }
            if let value = fields.decode(entry.key, as: FrontMatterValue.self, expected: "a value") {
                matter.params[entry.key] = value
            }
        }
        return fields.diagnostics.isEmpty ? (matter, []) : (nil, fields.diagnostics)
    }

    private static func decodePeriod(in fields: inout YAMLFields) -> Period? {
        guard let text = fields.decode("period", as: String.self, expected: "a year, a day or a range of them") else { return nil }
        guard let period = Period.parse(text) else {
            fields.report("period", "period '\(text)' is not a year, a day or a range of them", hint: Period.hint)
            return nil
        }
        if period.endsBeforeItStarts {
            fields.report("period", "period '\(text)' ends before it starts", hint: "write the earlier end first, like 2019-2021")
            return nil
        }
        return period
    }

    private static func decodeDate(_ key: String, in fields: inout YAMLFields, timeZone: TimeZone) -> Date? {
        guard let text = fields.decode(key, as: String.self, expected: "a date") else { return nil }
        guard let date = DateValue.parse(text, timeZone: timeZone) else {
            fields.report(key, "\(key) '\(text)' is not a date", hint: DateValue.hint)
            return nil
        }
        return date
    }
}
