import Foundation
import Testing
@testable import SiteGen

@Suite("Tags, archive, pagination, related pages")
struct IndexTests {
    static func page(_ name: String, date: String = "2021-01-01", tags: [String] = [], zone: String = "UTC",
                     positions: [String: SourcePosition] = [:]) -> Page {
        var matter = FrontMatter(title: name)
        matter.positions = positions
        matter.date = DateValue.parse(date, timeZone: TimeZone(identifier: zone)!)
        matter.tags = tags
        return Page(sourcePath: "Content/a/\(name).md", section: "a", slug: name, frontMatter: matter, content: Markdown.render(""))
    }

    @Test("folds tags by case, spacing, _ and full-width forms, named by their most common spelling")
    func tagFolding() {
        let pages = [
            Self.page("p1", tags: ["Co-Creation", "米粉"]),
            Self.page("p2", tags: ["co creation", "co_creation"]),
            Self.page("p3", tags: ["co-creation", "ＫＯＬ"]),
            Self.page("p4", tags: ["co-creation", "kol", "🎵 music"]),
        ].sorted(by: Page.listOrder)
        let index = TagIndex(pages: pages)
        #expect(index.tags.map(\.slug) == ["co-creation", "kol", "music", "米粉"])
        #expect(index.tags.map(\.name) == ["co-creation", "kol", "🎵 music", "米粉"])
        #expect(index.tags[0].pages.count == 4, "a page that names one tag twice counts once")
        #expect(index.tags[3].outputPath.url == "/tags/%E7%B1%B3%E7%B2%89/")
    }

    @Test("a tag without letters or digits is an error, not a page over /tags/", arguments: ["!!!", "🎵", "—"])
    func emptyTagSlug(tag: String) {
        let page = Self.page("p", tags: [tag], positions: ["tags": SourcePosition(line: 4, column: 7)])
        let problems = TagIndex.emptySlugProblems(in: [page])
        #expect(problems.count == 1)
        #expect(problems.first?.line == 4)
        #expect(TagIndex(pages: [page]).tags.isEmpty)
    }

    @Test("archives by the local date in the site's time zone", arguments: [
        ("2025-12-31T20:00:00-08:00", "Asia/Shanghai", 2026, 1),
        ("2025-12-31T20:00:00-08:00", "UTC", 2026, 1),
        ("2025-12-31T20:00:00-08:00", "America/Los_Angeles", 2025, 12),
        ("2026-01-01T01:00:00+08:00", "UTC", 2025, 12),
        ("2026-01-01", "Asia/Shanghai", 2026, 1),
    ])
    func archivePlacement(date: String, zone: String, year: Int, month: Int) throws {
        let page = Self.page("p", date: date, zone: zone)
        let archive = DateArchive(pages: [page], timeZone: TimeZone(identifier: zone)!)
        let placed = try #require(archive.years.first?.months.first)
        #expect(placed.year == year)
        #expect(placed.month == month)
        #expect(placed.outputPath.url == String(format: "/archive/%d/%02d/", year, month))
    }

    @Test("archive years and months are newest first")
    func archiveOrder() {
        let pages = ["2021-07-29", "2026-01-05", "2026-01-07", "2021-03-01", "2025-12-31"].map { Self.page($0, date: $0) }
            .sorted(by: Page.listOrder)
        let archive = DateArchive(pages: pages, timeZone: TimeZone(identifier: "UTC")!)
        #expect(archive.years.map(\.year) == [2026, 2025, 2021])
        #expect(archive.years.map { $0.months.map(\.month) } == [[1], [12], [7, 3]])
        #expect(archive.years[0].count == 2)
        #expect(archive.years[0].months[0].pages.map(\.title) == ["2026-01-07", "2026-01-05"])
    }

    @Test("paginates at the edges", arguments: [(0, [0]), (1, [1]), (3, [3]), (4, [3, 1]), (7, [3, 3, 1])])
    func pagination(count: Int, sizes: [Int]) {
        let pages = (0..<count).map { Self.page("p\($0)") }
        let pagers = Paginator.paginate(pages, size: 3, base: OutputPath(components: ["tags", "x"]))
        #expect(pagers.map(\.pages.count) == sizes)
        #expect(pagers.map(\.total) == Array(repeating: sizes.count, count: sizes.count))
        #expect(pagers.first?.outputPath.url == "/tags/x/")
        if pagers.count > 1 { #expect(pagers[1].outputPath.url == "/tags/x/page/2/") }
    }

    @Test("page links show the ends and the neighbourhood, with gaps", arguments: [
        (1, 1, [1]), (1, 3, [1, 2, 3]), (1, 10, [1, 2, 3, nil, 10]), (5, 10, [1, 2, 3, 4, 5, 6, 7, nil, 10]),
        (10, 10, [1, nil, 8, 9, 10]), (6, 1000, [1, nil, 4, 5, 6, 7, 8, nil, 1000]),
    ] as [(Int, Int, [Int?])])
    func pageLinks(number: Int, total: Int, links: [Int?]) {
        #expect(Pager(number: number, total: total, pages: [], base: .root).linkedNumbers == links)
    }

    @Test("related pages rank by shared tags, then newest, at most three")
    func related() {
        let pages = [
            Self.page("self", date: "2021-01-01", tags: ["a", "b", "c"]),
            Self.page("one-old", date: "2020-01-01", tags: ["a"]),
            Self.page("one-new", date: "2022-01-01", tags: ["b"]),
            Self.page("three", date: "2019-01-01", tags: ["A", "b", "c"]),
            Self.page("two", date: "2018-01-01", tags: ["a", "c"]),
            Self.page("none", date: "2023-01-01", tags: ["z"]),
        ].sorted(by: Page.listOrder)
        let tags = TagIndex(pages: pages)
        let related = RelatedPages.find(for: pages.first { $0.title == "self" }!, in: tags)
        #expect(related.map(\.title) == ["three", "two", "one-new"])
        #expect(RelatedPages.find(for: pages.first { $0.title == "none" }!, in: tags).isEmpty)
    }

    @Test("pages dated after now are left out unless asked for")
    func futurePages() throws {
        let now = try #require(DateValue.parse("2026-01-10", timeZone: TimeZone(identifier: "UTC")!))
        let pages = [Self.page("past", date: "2026-01-09"), Self.page("future", date: "2026-01-11")]
        let site = Site(config: SiteConfig(title: "T"), pages: pages, indexes: [:], includeDrafts: false, now: now)
        #expect(site.pages.map(\.title) == ["past"])
        #expect(site.futurePages.map(\.title) == ["future"])
        let all = Site(config: SiteConfig(title: "T"), pages: pages, indexes: [:], includeDrafts: false, now: nil)
        #expect(all.pages.count == 2)
    }
}

@Suite("Related pages against a brute-force count")
struct RelatedPagesPropertyTests {
    @Test("the fast scan picks what counting every shared tag picks", arguments: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16])
    func matchesBruteForce(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        // From seed 13 on, more tags than the 64 commonest that get bit sets, some on a few pages only.
        let vocabulary = seed > 12 ? ["a", "b", "c", "d", "e", "米粉"] + (0..<80).map { "t\($0)" } : ["a", "b", "c", "d", "e", "米粉"]
        func tag() -> String {
            // Skewed towards the first tags, as a real site's are.
            let draw = Int(generator.next() % UInt64(vocabulary.count))
            return vocabulary[draw * Int(generator.next() % UInt64(vocabulary.count)) / vocabulary.count]
        }
        let pages = (0..<(seed > 12 ? 400 : 120)).map { i -> Page in
            // Tag "a" is on most pages, as the most common tag of a real site is.
            var tags = seed > 12 ? Set([tag(), tag(), tag()]) : Set([vocabulary[Int(generator.next() % 6)], vocabulary[Int(generator.next() % 6)]])
            if generator.next() % 3 != 0 { tags.insert("a") }
            // Up to four tags, so that merging stops early at several depths.
            if seed > 3, generator.next() % 2 == 0 { tags.insert(vocabulary[Int(generator.next() % 6)]) }
            // Five, so that a full list of pages sharing two or three tags leaves lists open.
            if seed > 8, generator.next() % 2 == 0 { tags.insert(vocabulary[Int(generator.next() % 6)]) }
            let day = 1 + Int(generator.next() % 20)
            return IndexTests.page("p\(i)", date: String(format: "2021-01-%02d", day), tags: tags.sorted())
        }.sorted(by: Page.listOrder)
        let index = TagIndex(pages: pages)
        if seed > 12 { #expect(index.tags.count > 64, "some tags have no bit set") }
        Self.expectBruteForce(pages, index)
    }

    @Test("bits set in at least k of n words, counted per bit; from seven on, those in seven or more")
    func atLeast() {
        var generator = SeededGenerator(state: 99)
        for sets in 0...10 {
            let words = (0..<sets).map { _ in generator.next() & generator.next() | generator.next() & 0xFF }
            for least in 0...11 {
                var expected: UInt64 = 0
                for bit in 0..<64 where words.filter({ $0 >> UInt64(bit) & 1 == 1 }).count >= max(1, min(least, 7)) {
                    expected |= 1 << UInt64(bit)
                }
                #expect(RelatedPages.atLeast(least, of: words) == expected, "\(least) of \(sets)")
            }
        }
    }

    @Test("a page further down that shares a rare tag and two more ranks first")
    func rareTagFurtherDown() {
        var pages = (1...3).map { IndexTests.page("new\($0)", date: "2021-01-20", tags: ["a", "b"]) }
        pages.append(IndexTests.page("me", date: "2021-01-10", tags: ["a", "b", "c", "rare"]))
        // Seventy tags on four pages each, more common than "rare" and "c": those get no bit set.
        pages += (0..<70).map { i in IndexTests.page("filler\(i)", date: "2021-01-05", tags: ["a", "f\(i)", "f\((i + 1) % 70)"]) }
        pages += (0..<70).map { i in IndexTests.page("more\(i)", date: "2021-01-04", tags: ["f\(i)", "f\((i + 2) % 70)"]) }
        pages.append(IndexTests.page("old", date: "2021-01-01", tags: ["b", "c", "rare"]))
        pages.sort(by: Page.listOrder)
        let me = pages.first { $0.title == "me" }!
        #expect(RelatedPages.find(for: me, in: TagIndex(pages: pages)).map(\.title) == ["old", "new1", "new2"])
        Self.expectBruteForce(pages, TagIndex(pages: pages))
    }

    static func expectBruteForce(_ pages: [Page], _ index: TagIndex) {
        for page in pages {
            var counts: [(Page, Int)] = []
            for other in pages where other !== page {
                let shared = page.tagSlugs.intersection(other.tagSlugs).count
                if shared > 0 { counts.append((other, shared)) }
            }
            let expected = counts.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : Page.listOrder($0.0, $1.0) }.prefix(3).map(\.0.sourcePath)
            #expect(RelatedPages.find(for: page, in: index).map(\.sourcePath) == expected, "\(page.sourcePath)")
        }
    }
}

/// A small deterministic generator (SplitMix64), so that the property test is the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
