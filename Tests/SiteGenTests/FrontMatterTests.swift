import Foundation
import Testing
@testable import SiteGen

@Suite("Front matter")
struct FrontMatterTests {
    @Test("splits front matter from the body", arguments: [
        ("---\ntitle: A\n---\nBody\n", "title: A", "Body\n", 3),
        ("\u{FEFF}---\ntitle: A\n---\nBody", "title: A", "Body", 3),
        ("---\r\ntitle: A\r\ndate: 2021-07-29\r\n---\r\nBody\r\nmore", "title: A\ndate: 2021-07-29", "Body\nmore", 4),
        ("---  \ntitle: A\n---\t\n", "title: A", "", 3),
        ("---\n---\nOnly body", "", "Only body", 2),
    ])
    func split(raw: String, yaml: String, body: String, bodyLineOffset: Int) throws {
        let parts = try FrontMatter.split(raw, file: "a.md").get()
        #expect(parts.yaml == yaml)
        #expect(parts.body == body)
        #expect(parts.bodyLineOffset == bodyLineOffset)
        #expect(parts.yamlLineOffset == 1)
    }

    @Test("refuses text without front matter, or front matter never closed", arguments: [
        ("Just text\n", "expected front matter starting with '---' on the first line, found 'Just text'"),
        ("", "expected front matter starting with '---' on the first line, found an empty line"),
        ("---\ntitle: A\nBody", "front matter opened with '---' is never closed"),
    ])
    func splitFailures(raw: String, message: String) {
        guard case .failure(let diagnostic) = FrontMatter.split(raw, file: "Content/a.md") else {
            Issue.record("expected a failure")
            return
        }
        #expect(diagnostic.message == message)
        #expect(diagnostic.line == 1)
        #expect(diagnostic.hint != nil)
    }

    private func decode(_ yaml: String, requiresDate: Bool = true, zone: String = "UTC") -> (FrontMatter?, [Diagnostic]) {
        FrontMatter.decode(yaml: yaml, file: "Content/a/x.md", lineOffset: 1,
                           timeZone: TimeZone(identifier: zone)!, requiresDate: requiresDate)
    }

    @Test func decodesEveryKnownKey() throws {
        let (matter, problems) = decode("""
            title: A Melody for Mi
            date: 2021-07-29
            updated: 2021-08-02T10:00:00+08:00
            tags: [music, co-creation]
            summary: One line.
            slug: melody
            draft: true
            template: campaign
            aliases: [/old/]
            """, zone: "Asia/Shanghai")
        #expect(problems.isEmpty)
        let m = try #require(matter)
        #expect(m.title == "A Melody for Mi")
        #expect(m.date == ISO8601DateFormatter().date(from: "2021-07-28T16:00:00Z"))
        #expect(m.updated == ISO8601DateFormatter().date(from: "2021-08-02T02:00:00Z"))
        #expect(m.tags == ["music", "co-creation"])
        #expect(m.summary == "One line.")
        #expect(m.slug == "melody")
        #expect(m.draft)
        #expect(m.template == "campaign")
        #expect(m.aliases == ["/old/"])
        #expect(m.positions["slug"] == SourcePosition(line: 7, column: 7))
    }

    @Test("keeps YAML 1.1 look-alikes as written")
    func keepsScalarsAsWritten() throws {
        let (matter, problems) = decode("title: No\ndate: 2021-07-29\nversion: 1.10\ncountry: NO\nfeatured: true\nfacts: {entries: 1500, page_views: 850000}\nlist: [a, b]")
        #expect(problems.isEmpty)
        let m = try #require(matter)
        #expect(m.title == "No")
        #expect(m.params["version"] == .string("1.10"))
        #expect(m.params["country"] == .string("NO"))
        #expect(m.params["featured"] == .bool(true))
        #expect(m.params["facts"] == .map([.init(key: "entries", value: .string("1500")), .init(key: "page_views", value: .string("850000"))]))
        #expect(m.params["list"] == .list([.string("a"), .string("b")]))
    }

    @Test("draft takes YAML 1.1's Booleans unquoted, as Yams's default resolver does", arguments: [
        ("true", true), ("Yes", true), ("ON", true), ("false", false), ("no", false), ("Off", false), ("~", false),
    ])
    func draftBooleans(text: String, draft: Bool) throws {
        let (matter, problems) = decode("title: A\ndate: 2021-07-29\ndraft: \(text)")
        #expect(problems.isEmpty)
        #expect(try #require(matter).draft == draft)
    }

    @Test("a quoted or misspelt Boolean is reported", arguments: ["'true'", "\"no\"", "yEs", "1", "[true]"])
    func draftNotBoolean(text: String) {
        let (matter, problems) = decode("title: A\ndate: 2021-07-29\ndraft: \(text)")
        #expect(matter == nil)
        #expect(problems.map(\.line) == [4])
        #expect(problems.first?.message.hasPrefix("'draft' must be true or false, found ") == true)
    }

    @Test("one string of tags is a list of one")
    func singleTag() throws {
        let (matter, _) = decode("title: A\ndate: 2021-07-29\ntags: music")
        #expect(matter?.tags == ["music"])
    }

    @Test("reports each bad key at its own line and column", arguments: [
        ("title: A\ndate: 2026-13-45", 3, 7, "date '2026-13-45' is not a date"),
        ("title: A\ndate: 2021-02-30", 3, 7, "date '2021-02-30' is not a date"),
        ("title: A\ndate: yesterday", 3, 7, "date 'yesterday' is not a date"),
        ("title: ''\ndate: 2021-07-29", 2, 8, "'title' is missing or empty"),
        ("date: 2021-07-29", 2, 1, "'title' is missing or empty"),
        ("title: A", 2, 1, "'date' is missing; pages in a section are dated"),
        ("title: [a, b]\ndate: 2021-07-29", 2, 8, "'title' must be text, found a list"),
        ("title: A\ndate: 2021-07-29\ndraft: maybe", 4, 8, "'draft' must be true or false, found 'maybe'"),
        ("title: A\ndate: 2021-07-29\ntags: {a: 1}", 4, 7, "'tags' must be a list of text, like [a, b], found a mapping"),
        ("title: A\n  date: x: y", 3, 7, "YAML syntax error: mapping values are not allowed in this context"),
        ("- a\n- b", 2, 1, "expected key: value pairs, found a list"),
        ("title: A\ntitle: B\ndate: 2021-07-29", 2, 1, "key 'title' appears more than once"),
        // Keys are compared as text: `1` and `"1"` name the same parameter for a template.
        ("title: A\ndate: 2021-07-29\n1: a\n\"1\": b", 4, 1, "key '1' appears more than once"),
    ])
    func errors(yaml: String, line: Int, column: Int, message: String) throws {
        let (matter, problems) = decode(yaml)
        #expect(matter == nil)
        let problem = try #require(problems.first)
        #expect(problem.message == message)
        #expect(problem.line == line)
        #expect(problem.column == column)
        #expect(problem.file == "Content/a/x.md")
    }

    @Test func reportsEveryProblemNotOnlyTheFirst() {
        let (_, problems) = decode("title: ''\ndate: 2026-13-45\ndraft: maybe")
        #expect(problems.map(\.line) == [2, 3, 4])
    }

    @Test func topLevelPagesNeedNoDate() {
        let (matter, problems) = decode("title: About", requiresDate: false)
        #expect(problems.isEmpty)
        #expect(matter?.date == nil)
    }

    /// Nine levels of ten aliases each: a billion values from 700 bytes.
    static func nestedAliases(levels: Int) -> String {
        "l0: &l0 lol\n" + (1...levels).map { level in
            "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }.joined()
    }

    @Test("aliases nested into more values than the text could hold are refused at the key that does it")
    func nestedAliasesAreRefused() throws {
        let (matter, problems) = decode("title: Laughs\ndate: 2021-07-29\n" + Self.nestedAliases(levels: 9))
        #expect(matter == nil)
        let problem = try #require(problems.first)
        #expect(problems.count == 1)
        // l5 (line 8 of the YAML, 9 of the file) is the first to pass 100,000 values.
        #expect((problem.line, problem.column) == (9, 1))
        #expect(problem.message.hasPrefix("'l5' expands through aliases nested in one another to more than "))
    }

    @Test("aliases within reason are read as the values they stand for")
    func aliasesWithinReason() throws {
        let (matter, problems) = decode("title: A\ndate: &day 2021-07-29\nupdated: *day\n" + Self.nestedAliases(levels: 4))
        #expect(problems.isEmpty)
        #expect(matter?.updated == matter?.date)
        guard case .list(let items)? = matter?.params["l4"] else {
            Issue.record("l4 should be a list")
            return
        }
        #expect(items.count == 10)
    }
}
