import Foundation
import Testing
@testable import SiteGen

/// `sources:`, `period:` and `require_sources:` in front matter: what they decode to, the errors
/// at the line and column of what is wrong, and what templates and JSON-LD are given.
@Suite("Sources and periods")
struct SourcesTests {
    private func decode(_ yaml: String) -> (FrontMatter?, [Diagnostic]) {
        FrontMatter.decode(yaml: "title: A\ndate: 2021-07-29\n" + yaml, file: "Content/a/x.md", lineOffset: 1,
                           timeZone: TimeZone(identifier: "Asia/Shanghai")!, requiresDate: true)
    }

    @Test("decodes every key of a source, in the order written, with each entry's position")
    func decodesSources() throws {
        let (matter, problems) = decode("""
            sources:
            - title: Making friends
              publisher: Global Community
              date: 2021-07-29
              url: https://example.org/post
              quote: "By 2020, it made way"
            - title: " An apology "
              author: Xu Jieyun
            """)
        #expect(problems.isEmpty)
        let sources = try #require(matter).sources
        #expect(sources.count == 2)
        #expect(sources[0].title == "Making friends")
        #expect(sources[0].publisher == "Global Community")
        #expect(sources[0].date == ISO8601DateFormatter().date(from: "2021-07-28T16:00:00Z"))
        #expect(sources[0].url == "https://example.org/post")
        #expect(sources[0].quote == "By 2020, it made way")
        #expect(sources[0].position == SourcePosition(line: 5, column: 3))
        #expect(sources[1] == SourceCitation(title: "An apology", author: "Xu Jieyun", position: SourcePosition(line: 10, column: 3)))
        #expect(matter?.params["sources"] == nil)
    }

    @Test("reports each bad source entry or value at its own line and column", arguments: [
        ("sources: Storyboard18", 4, 10, "'sources' must be a list of sources, found 'Storyboard18'"),
        ("sources:\n- Storyboard18", 5, 3, "a source must be key: value pairs (title, publisher, date, …), found 'Storyboard18'"),
        ("sources:\n- publisher: Storyboard18", 5, 3, "a source has no 'title'"),
        ("sources:\n- title: ''", 5, 3, "a source has no 'title'"),
        ("sources:\n- title: [a, b]", 5, 10, "a source's 'title' must be text, found a list"),
        ("sources:\n- title: A\n  titel: B", 6, 3, "a source has no key 'titel'"),
        ("sources:\n- title: A\n  date: 2026-01-32", 6, 9, "a source's date '2026-01-32' is not a date"),
        ("sources:\n- title: A\n  date: 2026-01-12T10:00:00", 6, 9, "a source's date '2026-01-12T10:00:00' is not a date"),
        ("sources:\n- title: A\n  url: javascript:alert(1)", 6, 8, "a source's url 'javascript:alert(1)' is not an http or https address"),
        ("sources:\n- title: A\n  url: /articles/x/", 6, 8, "a source's url '/articles/x/' is not an http or https address"),
        ("sources:\n- title: A\n  url: ftp://example.org/a", 6, 8, "a source's url 'ftp://example.org/a' is not an http or https address"),
    ])
    func sourceErrors(yaml: String, line: Int, column: Int, message: String) throws {
        let (matter, problems) = decode(yaml)
        #expect(matter == nil)
        let problem = try #require(problems.first)
        #expect(problems.count == 1, "\(problems)")
        #expect(problem.message == message)
        #expect(problem.line == line)
        #expect(problem.column == column)
    }

    @Test("reads a year, a day, a range of either and an open range", arguments: [
        ("2019", Period(from: .year(2019), to: .year(2019), isSingle: true)),
        ("2021-07-29", Period(from: .day(year: 2021, month: 7, day: 29), to: .day(year: 2021, month: 7, day: 29), isSingle: true)),
        ("2019-2021", Period(from: .year(2019), to: .year(2021))),
        ("2019 – 2021", Period(from: .year(2019), to: .year(2021))),
        ("2019-", Period(from: .year(2019), to: nil)),
        ("2026-01-05 - 2026-01-07", Period(from: .day(year: 2026, month: 1, day: 5), to: .day(year: 2026, month: 1, day: 7))),
        ("2021-07-01-2021", Period(from: .day(year: 2021, month: 7, day: 1), to: .year(2021))),
    ])
    func periods(text: String, period: Period) throws {
        let (matter, problems) = decode("period: \(text)")
        #expect(problems.isEmpty)
        #expect(try #require(matter).period == period)
    }

    @Test("reports a period that is none of its forms, or ends before it starts, at the key's value", arguments: [
        ("period: 2019-07", "period '2019-07' is not a year, a day or a range of them"),
        ("period: 19-21", "period '19-21' is not a year, a day or a range of them"),
        ("period: 2021-02-30", "period '2021-02-30' is not a year, a day or a range of them"),
        ("period: since 2019", "period 'since 2019' is not a year, a day or a range of them"),
        ("period: 2021-2019", "period '2021-2019' ends before it starts"),
        ("period: 2026-01-07 - 2026-01-05", "period '2026-01-07 - 2026-01-05' ends before it starts"),
        ("period: {from: 2019}", "'period' must be a year, a day or a range of them, found a mapping"),
    ])
    func periodErrors(yaml: String, message: String) throws {
        let (matter, problems) = decode(yaml)
        #expect(matter == nil)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.line == 4)
        #expect(problems.first?.column == 9)
    }

    static let twoSources = "sources:\n- title: One\n  publisher: P\n- title: Two\n  author: A\n"

    @Test("a fact may name one of the page's sources by its number")
    func factSources() throws {
        let (matter, problems) = decode(Self.twoSources + "facts:\n  entries: {value: 1500, qualifier: more than, source: 2}\n  year: 2021\n")
        #expect(problems.isEmpty, "\(problems)")
        guard case .map(let facts)? = try #require(matter).params["facts"] else {
            Issue.record("facts are not a mapping")
            return
        }
        #expect(facts.map { Fact($0.value)?.source } == [2, nil])
    }

    @Test("a fact naming a source the page does not have is an error at its line and column", arguments: [
        (twoSources + "facts:\n  entries: {value: 1500, source: 3}", 10, 34, "fact 'entries' names source 3, but the page lists 2 sources"),
        (twoSources + "facts:\n  entries:\n    value: 1500\n    source: 0", 12, 13, "fact 'entries' names source 0, but the page lists 2 sources"),
        (twoSources + "facts:\n  entries: {value: 1500, source: two}", 10, 34, "fact 'entries' names its source as 'two', which is not a number"),
        ("facts:\n  entries: {value: 1500, source: 1}", 5, 34, "fact 'entries' names source 1, but the page lists no sources"),
        ("sources:\n- title: One\nfacts:\n  entries: {value: 1500, source: [1, 2]}", 7, 34,
         "fact 'entries' names its source as a list, which is not a number"),
    ])
    func factSourceErrors(yaml: String, line: Int, column: Int, message: String) throws {
        let (matter, problems) = decode(yaml)
        #expect(matter == nil)
        #expect(problems.map(\.message) == [message])
        #expect(problems.first?.line == line)
        #expect(problems.first?.column == column)
    }

    @Test("require_sources is a Boolean, kept out of params")
    func requireSources() throws {
        let (matter, problems) = decode("require_sources: true")
        #expect(problems.isEmpty)
        #expect(try #require(matter).requiresSources)
        #expect(matter?.params["require_sources"] == nil)
        #expect(decode("require_sources: maybe").1.map(\.line) == [4])
    }
}
