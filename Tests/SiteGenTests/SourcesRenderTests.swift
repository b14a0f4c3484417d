import Foundation
import Testing
@testable import SiteGen

/// What templates and JSON-LD make of a page's `sources:` and `period:`.
@Suite("Sources and periods in templates")
struct SourcesRenderTests {
    static let config = SiteConfig(title: "T")

    static func page(_ frontMatter: String) throws -> Page {
        let path = "Content/notes/x.md"
        guard case .success(.page(let page)) = ContentLoader.parse(SourceFile(path: path, text: "---\ntitle: X\ndate: 2026-01-12\n\(frontMatter)---\nBody\n"),
                                                                   config: config) else {
            throw BuildFailure([Diagnostic(file: path, message: "did not parse")])
        }
        return page
    }

    @Test("page.sources numbers each source and shows its date as other dates are shown")
    func sources() throws {
        let page = try Self.page("""
            sources:
            - {title: One, publisher: P, date: 2021-07-29, url: "https://example.org/a", quote: Q}
            - {title: Two, author: A}

            """)
        let value = PageValues(context: ContextBuilder(config: Self.config), previous: [:])[page]
        let sources = try #require(value.child(named: "sources") as? [[String: Any]])
        #expect(sources.count == 2)
        #expect(sources[0]["number"] as? Int == 1)
        #expect(sources[0]["title"] as? String == "One")
        #expect(sources[0]["publisher"] as? String == "P")
        #expect(sources[0]["date"] as? String == "July 29, 2021")
        #expect(sources[0]["datetime"] as? String == "2021-07-29")
        #expect(sources[0]["url"] as? String == "https://example.org/a")
        #expect(sources[0]["quote"] as? String == "Q")
        #expect(sources[1]["number"] as? Int == 2)
        #expect(sources[1]["author"] as? String == "A")
        #expect(sources[1]["date"] == nil && sources[1]["publisher"] == nil && sources[1]["url"] == nil)
        #expect(value.dictionary["sources"] != nil)
    }

    @Test("a fact that names a source carries its number and title, for a link to its entry of the Sources block")
    func factSources() throws {
        let page = try Self.page("""
            sources:
            - {title: One, publisher: P}
            - {title: Two, author: A}
            facts:
              entries: {value: 1500, qualifier: more than, source: 2}
              regions: 8
              countries: {value: 15, source: 1}

            """)
        let value = PageValues(context: ContextBuilder(config: Self.config), previous: [:])[page]
        let facts = try #require(value.child(named: "facts") as? [[String: Any]])
        #expect(facts.map { $0["key"] as? String } == ["entries", "regions", "countries"])
        #expect(facts[0]["value"] as? String == "more than 1,500")
        let source = try #require(facts[0]["source"] as? [String: Any])
        #expect(source["number"] as? Int == 2 && source["title"] as? String == "Two")
        #expect(facts[1]["source"] == nil)
        #expect((facts[2]["source"] as? [String: Any])?["number"] as? Int == 1)
    }

    @Test("page.period reads as a reader reads it, with its ends for datetime", arguments: [
        ("2019", "2019", "2019", "2019"),
        ("2019-2021", "2019–2021", "2019", "2021"),
        ("2019-", "since 2019", "2019", nil),
        ("2021-07-29", "July 29, 2021", "2021-07-29", "2021-07-29"),
        ("2026-01-05 - 2026-01-07", "January 5, 2026 – January 7, 2026", "2026-01-05", "2026-01-07"),
    ] as [(String, String, String, String?)])
    func period(written: String, text: String, from: String, to: String?) throws {
        let page = try Self.page("period: \(written)\n")
        let value = try #require(ContextBuilder(config: Self.config).period(page.frontMatter.period))
        #expect(value["text"] as? String == text)
        #expect(value["from"] as? String == from)
        #expect(value["to"] as? String == to)
    }

    @Test("JSON-LD cites each source as a CreativeWork and gives the period as temporalCoverage")
    func structuredData() throws {
        let page = try Self.page("""
            period: 2019-
            sources:
            - {title: One, publisher: P, date: 2021-07-29, url: "https://example.org/a?b=1&c=2"}
            - {title: "Two </script>", author: A}

            """)
        let text = StructuredData.article(page, context: ContextBuilder(config: Self.config))
        #expect(text.contains(#""citation":[{"@type":"CreativeWork","datePublished":"2021-07-29","name":"One","publisher":{"@type":"Organization","name":"P"},"url":"https:\/\/example.org\/a?b=1\u0026c=2"},{"@type":"CreativeWork","author":{"@type":"Person","name":"A"},"name":"Two \u003c\/script\u003e"}]"#), "\(text)")
        #expect(text.contains(#""temporalCoverage":"2019\/..""#), "\(text)")
        let json = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect((json?["citation"] as? [Any])?.count == 2)
        #expect(json?["headline"] as? String == "X")
    }

    @Test("a page without sources or a period has neither in its JSON-LD")
    func withoutSources() throws {
        let text = StructuredData.article(try Self.page(""), context: ContextBuilder(config: Self.config))
        #expect(!text.contains("citation") && !text.contains("temporalCoverage"))
    }
}
