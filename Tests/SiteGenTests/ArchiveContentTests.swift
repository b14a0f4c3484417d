import Foundation
import Testing
@testable import SiteGen

/// The archive's own content: its figures are the sources' figures, and the built pages show
/// exactly what the front matter says.
@Suite("Archive content")
struct ArchiveContentTests {
    static let root = BuiltSiteTests.repository

    /// Figures from `shared/sources/002_…` (the 29 July 2021 community post), checked by hand.
    static let sourceFigures: [String: [String: Int]] = [
        "Content/campaigns/design-together.md": ["initiatives": 5, "entries": 1500, "page_views": 850_000],
        "Content/campaigns/a-melody-for-mi.md": ["participants": 1000, "countries": 15, "tracks": 30],
        "Content/campaigns/city-cup.md": ["submissions": 150, "regions": 8],
        "Content/campaigns/contribute-together.md": ["questionnaires": 6, "core_user_meetings": 6],
        "Content/campaigns/better-together.md": ["slogan_chosen_in": 2019, "activities_began_in": 2020, "parts": 2],
    ]

    static func load() throws -> LoadedContent {
        let config = try SiteBuilder.loadConfig(BuildOptions(root: root))
        let (content, problems) = ContentLoader.load(root: root, config: config)
        #expect(problems.isEmpty, "\(problems)")
        return content
    }

    @Test("campaign figures in front matter are the sources' figures")
    func figuresMatchSources() throws {
        let pages = try Self.load().pages
        for (path, figures) in Self.sourceFigures {
            let page = try #require(pages.first { $0.sourcePath == path }, "\(path) is missing")
            guard case .map(let entries)? = page.frontMatter.params["facts"] else {
                Issue.record("\(path) has no facts mapping")
                continue
            }
            let written = Dictionary(uniqueKeysWithValues: entries.map { ($0.key, Fact($0.value).flatMap { Int($0.text) }) })
            #expect(written == figures.mapValues { Optional($0) }, "\(path)")
        }
    }

    @Test("every campaign's facts panel shows its front matter figures")
    func factsPanelsShowFrontMatter() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        let pages = try Self.load().pages.filter { $0.frontMatter.params["facts"] != nil }
        #expect(pages.count >= 5)
        for page in pages {
            let file = try #require(files.first { $0.path == page.outputPath.file })
            guard case .bytes(let data) = file.content, case .map(let entries)? = page.frontMatter.params["facts"] else { continue }
            let html = String(decoding: data, as: UTF8.self)
            for entry in entries {
                let shown = try #require(Self.factValue(entry.key, in: html), "\(page.sourcePath): fact '\(entry.key)' not shown")
                let fact = try #require(Fact(entry.value))
                #expect(shown.filter(\.isNumber) == fact.text, "\(page.sourcePath): '\(entry.key)' shows \(shown)")
                if let qualifier = fact.qualifier { #expect(shown.hasPrefix(qualifier + " ")) }
            }
        }
    }

    @Test("the January 2026 articles carry the dates the sources give")
    func articleDates() throws {
        let expected = [
            "weibo-backlash": "2026-01-05", "pr-head-statement": "2026-01-05", "investigation-and-discipline": "2026-01-06",
            "founders-livestream": "2026-01-07", "trade-press-look-back": "2026-01-12", "community-post-on-co-creation": "2021-07-29",
        ]
        let config = try SiteBuilder.loadConfig(BuildOptions(root: Self.root))
        let dates = DateDisplay(language: "en", timeZone: config.timeZone)
        let pages = try Self.load().pages.filter { $0.section == "articles" }
        #expect(Dictionary(uniqueKeysWithValues: pages.map { ($0.slug, dates.context($0.date!)["short"] as! String) }) == expected)
        #expect(try Self.load().pages.contains { $0.tags.contains("米粉") }, "a Chinese tag is exercised for real")
    }

    /// The text of the element marked `data-fact="KEY"`.
    static func factValue(_ key: String, in html: String) -> String? {
        guard let marker = html.range(of: "data-fact=\"\(key)\""),
              let open = html[marker.upperBound...].firstIndex(of: ">"),
              let close = html[open...].range(of: "</") else { return nil }
        return String(html[html.index(after: open)..<close.lowerBound])
    }
}
