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
        "Content/campaigns/a-melody-for-mi/index.md": ["participants": 1000, "countries": 15, "tracks": 30],
        "Content/campaigns/city-cup.md": ["submissions": 150, "regions": 8, "year": 2021],
        "Content/campaigns/better-together/index.md": ["slogan_chosen_in": 2019, "parts": 2, "questionnaires": 6, "core_user_meetings": 6],
    ]

    /// Figures the sources give only as lower bounds ("exceeded", "more than"), as the site
    /// writes them; each must read "more than" wherever a page shows it.
    static let lowerBounds = ["1,500", "850,000", "150", "400,000"]

    /// The archive's three sources as `shared/sources/` gives them: title, publisher, date. The
    /// news piece on the apology names no publisher and carries no date.
    static let knownSources: [String: (publisher: String?, date: String?)] = [
        "Making friends within the Xiaomi community through Xiaomi Fan co-creation activities": ("Xiaomi Global Community", "2021-07-29"),
        "Xiaomi apologises after backlash over planned outreach to influencer hostile to Mi Fans": ("Storyboard18", "2026-01-12"),
        "Xiaomi Apologizes for Ending Potential Collaborations with Influencers and Future Partnerships": (nil, nil),
    ]

    /// Facts no source states outright, which the page says it infers: City Cup's year, from
    /// "this year's initiatives" in a post dated 29 July 2021.
    static let inferredFacts: [String: Set<String>] = ["Content/campaigns/city-cup.md": ["year"]]

    /// Pages that state no fact from the sources: the guide to proposing a page.
    static let withoutSources: Set<String> = ["Content/contribute.md"]

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
        #expect(pages.count >= 4)
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

    @Test("every fact names the source it comes from, but those the page infers, and links to it in the Sources block")
    func factsNameTheirSources() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        let pages = try Self.load().pages.filter { $0.frontMatter.params["facts"] != nil }
        #expect(pages.count >= 4)
        for page in pages {
            guard case .map(let entries)? = page.frontMatter.params["facts"] else { continue }
            let file = try #require(files.first { $0.path == page.outputPath.file })
            guard case .bytes(let data) = file.content else { continue }
            let html = String(decoding: data, as: UTF8.self)
            for entry in entries {
                let fact = try #require(Fact(entry.value))
                let dd = try #require(Self.factElement(entry.key, in: html), "\(page.sourcePath): fact '\(entry.key)' not shown")
                if Self.inferredFacts[page.sourcePath]?.contains(entry.key) == true {
                    #expect(fact.source == nil && !dd.contains("#source-"), "\(page.sourcePath): '\(entry.key)' is inferred, not the source's")
                    continue
                }
                let number = try #require(fact.source, "\(page.sourcePath): fact '\(entry.key)' names no source")
                #expect(page.frontMatter.sources.indices.contains(number - 1), "\(page.sourcePath): '\(entry.key)'")
                #expect(dd.contains("href=\"#source-\(number)\""), "\(page.sourcePath): '\(entry.key)' does not link its source")
                #expect(html.contains("<li id=\"source-\(number)\">"), "\(page.sourcePath)")
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
        // One tag, mi-fans, shown by its name in each language: the Chinese one for real.
        #expect(config.languages.first { $0.code == "zh" }?.tagNames["mi-fans"] == "米粉")
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        let tagPage = try #require(files.first { $0.path == "zh/tags/mi-fans/index.html" })
        guard case .bytes(let data) = tagPage.content else { return }
        #expect(String(decoding: data, as: UTF8.self).contains("<h1>米粉"), "the Chinese tag page is titled by the tag's Chinese name")
    }

    @Test("every page lists its sources, each one of the archive's three, and shows them as a numbered block")
    func everyPageHasSources() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        let pages = try Self.load().pages.filter { !Self.withoutSources.contains($0.sourcePath) }
        #expect(pages.count >= 11)
        let dates = ContextBuilder(config: try SiteBuilder.loadConfig(BuildOptions(root: Self.root))).dates
        for page in pages {
            let sources = page.frontMatter.sources
            guard !sources.isEmpty else {
                Issue.record("\(page.sourcePath) has no sources")
                continue
            }
            for source in sources {
                let known = try #require(Self.knownSources[source.title], "\(page.sourcePath): '\(source.title)' is not one of the archive's sources")
                #expect(source.publisher == known.publisher && source.date.map(dates.short) == known.date, "\(page.sourcePath): \(source.title)")
            }
            let file = try #require(files.first { $0.path == page.outputPath.file })
            guard case .bytes(let data) = file.content else { continue }
            let html = String(decoding: data, as: UTF8.self)
            let block = try #require(html.range(of: "<section class=\"sources\"").map { html[$0.lowerBound...] }, "\(page.sourcePath) shows no sources")
            let list = block[..<(block.range(of: "</ol>")?.lowerBound ?? block.endIndex)]
            #expect(list.components(separatedBy: "<li").count - 1 == sources.count, "\(page.sourcePath)")
        }
    }

    @Test("the sections require sources, and campaigns show the years the sources give them")
    func sectionsRequireSourcesAndCampaignsHavePeriods() throws {
        let (site, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        #expect(site.sections.allSatisfy { $0.index.frontMatter?.requiresSources == true })
        #expect(site.missingSources(severity: .error).isEmpty)
        let periods = ["campaigns/better-together/index.html": "Period: since 2019", "campaigns/city-cup/index.html": "Period: 2021"]
        for (path, shown) in periods {
            let file = try #require(files.first { $0.path == path })
            guard case .bytes(let data) = file.content else { continue }
            #expect(String(decoding: data, as: UTF8.self).contains(shown), "\(path)")
        }
        // The home page's and the section's list of campaigns show the same periods on their cards.
        for path in ["index.html", "campaigns/index.html"] {
            let file = try #require(files.first { $0.path == path })
            guard case .bytes(let data) = file.content else { continue }
            let html = String(decoding: data, as: UTF8.self)
            for (campaign, shown) in [("better-together", "since 2019"), ("city-cup", "2021")] {
                let card = try #require(html.range(of: "<h3 class=\"card-title\"><a href=\"/campaigns/\(campaign)/\">").map { html[$0.upperBound...].prefix(400) }, "\(path): \(campaign)")
                #expect(card.contains("<span class=\"period\">Period: \(shown)</span>"), "\(path): \(campaign)")
            }
        }
    }

    @Test("a figure the sources give as a lower bound reads 'more than' wherever a page shows it")
    func lowerBoundsKeepTheirQualifier() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        var seen = 0
        for file in files where file.path.hasSuffix(".html") {
            guard case .bytes(let data) = file.content else { continue }
            // What a reader sees, without the sources' own words, which are quoted as written.
            let text = String(decoding: data, as: UTF8.self)
                .replacingOccurrences(of: #"<q>.*?</q>|<script.*?</script>"#, with: "", options: .regularExpression)
                .replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
            for figure in Self.lowerBounds {
                let pattern = #"(?<![\d,.])"# + NSRegularExpression.escapedPattern(for: figure) + #"(?![\d,])"#
                var rest = text[...]
                while let found = rest.range(of: pattern, options: .regularExpression) {
                    seen += 1
                    let before = rest[..<found.lowerBound]
                    let qualified = before.hasSuffix("more than ") || before.hasSuffix("超过") || before.hasSuffix("超过 ")
                    #expect(qualified, "\(file.path) shows \(figure) as an exact figure")
                    rest = rest[found.upperBound...]
                }
            }
        }
        #expect(seen >= 8, "the check found too few figures to mean anything")
    }

    @Test("the main navigation leads to the archive, not to the guide for proposing a page; the footer has both")
    func navigation() throws {
        let (_, files) = try SiteBuilder.render(BuildOptions(root: Self.root))
        let home = try #require(files.first { $0.path == "index.html" })
        guard case .bytes(let data) = home.content else { return }
        let html = String(decoding: data, as: UTF8.self)
        let header = try #require(html.range(of: "<nav class=\"site-nav\"").flatMap { start in html.range(of: "</nav>", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.upperBound] } })
        let footer = try #require(html.range(of: "<nav aria-label=\"Footer\">").map { html[$0.lowerBound...] })
        #expect(header.contains("href=\"/about/\"") && !header.contains("/contribute/"))
        #expect(footer.contains("href=\"/contribute/\"") && footer.contains("href=\"/about/\""))
    }

    /// The `<dd>` that holds the element marked `data-fact="KEY"`, with its source link.
    static func factElement(_ key: String, in html: String) -> Substring? {
        guard let marker = html.range(of: "data-fact=\"\(key)\""),
              let open = html[..<marker.lowerBound].range(of: "<dd", options: .backwards),
              let close = html[marker.upperBound...].range(of: "</dd>") else { return nil }
        return html[open.lowerBound..<close.upperBound]
    }

    /// The text of the element marked `data-fact="KEY"`.
    static func factValue(_ key: String, in html: String) -> String? {
        guard let marker = html.range(of: "data-fact=\"\(key)\""),
              let open = html[marker.upperBound...].firstIndex(of: ">"),
              let close = html[open...].range(of: "</") else { return nil }
        return String(html[html.index(after: open)..<close.lowerBound])
    }
}
