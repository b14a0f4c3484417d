import Foundation
import Yams

/// One entry of a page's `sources:`: where what the page says comes from.
///
/// ```yaml
/// sources:
/// - title: Xiaomi apologises after backlash …
///   publisher: Storyboard18
///   date: 2026-01-12
///   url: https://example.org/story
///   quote: "Later that evening, Xiaomi issued an emergency response."
/// ```
public struct SourceCitation: Sendable, Equatable {
    public var title: String
    public var publisher: String?
    public var author: String?
    /// The day it was published, midnight in the site's time zone; nil when the source gives none.
    public var date: Date?
    /// An http or https address.
    public var url: String?
    /// The passage the page relies on, in the source's own words.
    public var quote: String?
    /// Where the entry starts, for errors about it once it is decoded.
    public var position: SourcePosition

    public init(title: String, publisher: String? = nil, author: String? = nil, date: Date? = nil,
                url: String? = nil, quote: String? = nil, position: SourcePosition = SourcePosition(line: 1, column: 1)) {
        self.title = title
        self.publisher = publisher
        self.author = author
        self.date = date
        self.url = url
        self.quote = quote
        self.position = position
    }

    static let keys = ["title", "publisher", "author", "date", "url", "quote"]
    static let example = "write each source as '- title: …' followed by 'publisher: …', 'date: YYYY-MM-DD', and optionally 'url: https://…' and 'quote: \"…\"'"

    /// Decodes the list under `sources`; every bad entry or value is reported at its own line
    /// and column, and the good entries are kept in order.
    static func decodeList(in fields: inout YAMLFields, timeZone: TimeZone) -> [SourceCitation] {
        guard let node = fields.node("sources"), !node.isNull else { return [] }
        guard case .sequence(let items) = node else {
            fields.report("sources", "'sources' must be a list of sources, found \(node.kindDescription)", hint: example, at: node)
            return []
        }
        return items.compactMap { decode($0, in: &fields, timeZone: timeZone) }
    }

    private static func decode(_ node: Node, in fields: inout YAMLFields, timeZone: TimeZone) -> SourceCitation? {
        let (line, column) = fields.position(of: node)
        let position = SourcePosition(line: line ?? fields.lineOffset + 1, column: column ?? 1)
        guard case .mapping(let mapping) = node else {
            fields.report("sources", "a source must be key: value pairs (title, publisher, date, …), found \(node.kindDescription)",
                          hint: example, at: node)
            return nil
        }
        let reported = fields.diagnostics.count
        var texts: [String: String] = [:]
        var values: [String: Node] = [:]
        var wrongKind = false
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            guard keys.contains(key) else {
                fields.report("sources", "a source has no key '\(key)'",
                              hint: "a source's keys are \(keys.joined(separator: ", "))", at: keyNode)
                continue
            }
            if value.isNull { continue }
            guard let text = value.scalar?.string else {
                wrongKind = wrongKind || key == "title"
                fields.report("sources", "a source's '\(key)' must be text, found \(value.kindDescription)", hint: nil, at: value)
                continue
            }
            let trimmed = text.trimmingWhitespace
            if !trimmed.isEmpty { (texts[key], values[key]) = (trimmed, value) }
        }
        if texts["title"] == nil, !wrongKind {
            fields.report("sources", "a source has no 'title'", hint: "add 'title: …', the source's title as it gives it", at: node)
        }
        var date: Date?
        if let text = texts["date"], let value = values["date"] {
            date = isDay(text) ? DateValue.parse(text, timeZone: timeZone) : nil
            if date == nil {
                fields.report("sources", "a source's date '\(text)' is not a date", hint: "write the day it was published as YYYY-MM-DD", at: value)
            }
        }
        if let url = texts["url"], let value = values["url"], !isWebAddress(url) {
            fields.report("sources", "a source's url '\(url)' is not an http or https address",
                          hint: "write the address as the browser shows it, like https://example.org/story", at: value)
        }
        guard fields.diagnostics.count == reported, let title = texts["title"] else { return nil }
        return SourceCitation(title: title, publisher: texts["publisher"], author: texts["author"], date: date,
                              url: texts["url"], quote: texts["quote"], position: position)
    }

    /// Each fact of `facts:` that names its source (`{value: 1500, source: 2}`) must name one
    /// of the page's sources by its number, from 1 in the order `sources:` lists them: any other
    /// `source` is an error at its line and column. Counts the entries as written, so that a
    /// source with an error of its own does not renumber the rest.
    static func checkFactSources(in fields: inout YAMLFields) {
        guard case .mapping(let facts)? = fields.node("facts") else { return }
        var count = 0
        if case .sequence(let items)? = fields.node("sources") { count = items.count }
        for (key, fact) in facts {
            guard case .mapping(let entries) = fact, let node = entries.first(where: { $0.key.string == "source" })?.value,
                  !node.isNull else { continue }
            let name = key.string ?? ""
            let listed = count == 0 ? "the page lists no sources" : "the page lists \(count) source\(count == 1 ? "" : "s")"
            guard let text = node.scalar?.string, let number = Int(text), text.allSatisfy(\.isASCII) else {
                fields.report("facts", "fact '\(name)' names its source as \(node.kindDescription), which is not a number",
                              hint: "write the number of the source in the page's 'sources:' list, from 1: 'source: 1'", at: node)
                continue
            }
            if count == 0 || !(1...count).contains(number) {
                fields.report("facts", "fact '\(name)' names source \(number), but \(listed)",
                              hint: count == 0 ? "add the source under 'sources:', or leave 'source' out of the fact"
                                  : "number the sources from 1, in the order 'sources:' lists them", at: node)
            }
        }
    }

    /// `YYYY-MM-DD`, nothing more: a source is dated to the day.
    static func isDay(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 10 && bytes.enumerated().allSatisfy { index, byte in
            index == 4 || index == 7 ? byte == UInt8(ascii: "-") : (48...57).contains(byte)
        }
    }

    /// An absolute address with the http or https scheme and a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0.value <= 0x20 }),
              let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = url.host, !host.isEmpty else { return false }
        return true
    }
}
