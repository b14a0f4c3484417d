import Foundation
import Testing
@testable import SiteGen

/// The social cards of lists: home, sections, tags, the archive and the search page, each
/// beside its first page, in each language, named in the head of every page of the list.
@Suite("Social cards of lists")
struct ListCardTests {
    static let now = Date(timeIntervalSince1970: 1_795_000_000)

    /// A site in the repository's own theme, two pages a list page.
    static func site(yaml: String = "", files: [String: String] = [:]) throws -> TemporarySite {
        let site = try TemporarySite(files: [
            "site.yaml": "title: Fan Works\ndescription: Things fans made.\nbase_url: https://fans.example/\nlanguage: en\n"
                + "timezone: UTC\npaginate: 2\n" + yaml,
            "Content/works/_index.md": "---\ntitle: Works\n---\nAll the works.\n",
            "Content/works/a.md": "---\ntitle: A\ndate: 2026-01-10\ntags: [prints]\n---\nA.\n",
            "Content/works/b.md": "---\ntitle: B\ndate: 2026-02-10\ntags: [prints]\n---\nB.\n",
            "Content/works/c.md": "---\ntitle: C\ndate: 2026-02-11\n---\nC.\n",
        ].merging(files) { $1 })
        try FileManager.default.copyItem(at: DefaultThemeTests.templates, to: site.root.appendingPathComponent("Templates"))
        return site
    }

    static func text(_ files: [OutputFile], _ path: String) -> String? {
        guard let file = files.first(where: { $0.path == path }), case .bytes(let data) = file.content else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    @Test("every list has a card beside its first page; a later page of a list names the first page's")
    func everyList() throws {
        let site = try Self.site()
        defer { site.remove() }
        let (_, files) = try SiteBuilder.render(BuildOptions(root: site.root, now: Self.now))
        let cards = Set(files.map(\.path).filter { $0.hasSuffix("card.png") })
        for list in ["", "works/", "tags/", "tags/prints/", "archive/", "archive/2026/", "archive/2026/01/", "archive/2026/02/", "search/"] {
            #expect(cards.contains(list + "card.png"), "\(list)")
        }
        #expect(!cards.contains("works/page/2/card.png"), "one card a list")
        let second = try #require(Self.text(files, "works/page/2/index.html"))
        #expect(second.contains("""
            <meta property="og:image" content="https://fans.example/works/card.png">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="Works — Fan Works">
            <meta name="twitter:card" content="summary_large_image">
            """), "\(second)")
        let month = try #require(Self.text(files, "archive/2026/01/index.html"))
        #expect(month.contains("<meta property=\"og:image:alt\" content=\"January 2026 — Fan Works\">"))
        // The home page's title is the site's name, which the card shows anyway: its description instead.
        let home = try #require(Self.text(files, "index.html"))
        #expect(home.contains("<meta property=\"og:image\" content=\"https://fans.example/card.png\">"))
        #expect(home.contains("<meta property=\"og:image:alt\" content=\"Things fans made. — Fan Works\">"))
    }

    @Test("with images.cards: false, no list has a card and no head names one")
    func off() throws {
        let site = try Self.site(yaml: "images:\n  cards: false\n")
        defer { site.remove() }
        let (_, files) = try SiteBuilder.render(BuildOptions(root: site.root, now: Self.now))
        #expect(files.filter { $0.path.hasSuffix("card.png") }.map(\.path) == [])
        #expect(Self.text(files, "works/index.html")?.contains("og:image") == false)
    }

    @Test("each language's lists have their own card, in its words and with its site's name")
    func languages() throws {
        let root = try BilingualSiteTests.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let yaml = root.appendingPathComponent("site.yaml")
        try String(contentsOf: yaml, encoding: .utf8).replacingOccurrences(of: "cards: false", with: "cards: true")
            .write(to: yaml, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: root.appendingPathComponent("Templates"))
        try FileManager.default.copyItem(at: DefaultThemeTests.templates, to: root.appendingPathComponent("Templates"))
        let (_, files) = try SiteBuilder.render(BuildOptions(root: root, now: Self.now))
        let cards = Set(files.map(\.path).filter { $0.hasSuffix("card.png") })
        for list in ["", "tags/", "archive/", "search/", "campaigns/"] {
            #expect(cards.contains(list + "card.png") && cards.contains("zh/" + list + "card.png"), "\(list)")
        }
        let tags = try #require(Self.text(files, "zh/tags/index.html"))
        #expect(tags.contains("<meta property=\"og:image\" content=\"https://bilingual.example.org/zh/tags/card.png\">"))
        #expect(tags.contains("<meta property=\"og:image:alt\" content=\"标签 — 双语档案\">"), "\(tags)")
    }

    @Test("a list's card is drawn from its title, the site's name and the font only: the same key whatever its pages, and reused")
    func reused() throws {
        let jobs = ImageJobs(settings: ImageSettings(), root: FileManager.default.temporaryDirectory, cached: nil)
        func job(_ title: String, site: String = "Fan Works", source: String = "Content/works/_index.md") -> RenderJob {
            jobs.cardJobs([], pages: [], lists: [SocialCard.of(list: OutputPath(components: ["works"]), title: title, siteTitle: site,
                                                               source: source)], fontFile: nil)[0]
        }
        let global = ImageSettings().encodingDigest
        #expect(job("Works").path == "works/card.png")
        #expect(job("Works").key(global: global) == job("Works", source: "Content/works/").key(global: global))
        #expect(job("Works").key(global: global) != job("All works").key(global: global))
        #expect(job("Works").key(global: global) != job("Works", site: "Other").key(global: global))
        // A previous build's card under the same key is taken as it is, and nothing drawn.
        var old = OutputFile(path: "works/card.png", content: .bytes(Data("PNG".utf8)), source: "Content/works/_index.md")
        old.madeFrom = job("Works").key(global: global)
        let executor = JobExecutor(previous: [old.path: old], global: global)
        #expect(executor.files([job("Works")]).first.map { try? $0.data() } == Data("PNG".utf8))
        #expect(executor.rendered == [] && jobs.encoded == 0)
        // The site's lists, whose pages change, declare the same card while their titles stay.
        let site = try Self.site()
        defer { site.remove() }
        func listCards() throws -> [SocialCard] {
            let (rendered, _) = try SiteBuilder.render(BuildOptions(root: site.root, now: Self.now), timings: &timings, store: BuildStore())
            return rendered.renderers.flatMap(\.listCards)
        }
        var timings = StageTimings()
        let before = try listCards()
        #expect(before.count == 9, "home, search, the section, tags and the tag, the archive, its year and two months")
        try Data("---\ntitle: D\ndate: 2026-02-12\ntags: [prints]\n---\nD.\n".utf8).write(to: site.root.appendingPathComponent("Content/works/d.md"))
        let after = try listCards()
        #expect(before.map(\.path) == after.map(\.path))
        #expect(before.map(\.title) == after.map(\.title) && before.map(\.siteTitle) == after.map(\.siteTitle))
    }

    @Test("a list's card where Static/ publishes a file is the collision any generated URL is")
    func collision() throws {
        let site = try Self.site(files: ["Static/works/card.png": "x", "Static/tags/prints/card.png": "x"])
        defer { site.remove() }
        #expect {
            try SiteBuilder.render(BuildOptions(root: site.root, now: Self.now))
        } throws: { error in
            let messages = (error as? BuildFailure)?.diagnostics.map(\.description) ?? []
            return messages.contains {
                $0.hasPrefix("Static/works/card.png: error: Static/works/card.png and Content/works/_index.md would both write /works/card.png")
            } && messages.contains {
                $0.hasPrefix("Static/tags/prints/card.png: error: Static/tags/prints/card.png and tag 'prints' would both write /tags/prints/card.png")
            }
        }
    }
}
