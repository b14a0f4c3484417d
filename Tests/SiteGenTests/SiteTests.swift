import Foundation
import Testing
@testable import SiteGen

@Suite("Site model")
struct SiteTests {
    static func page(_ path: String, title: String, date: String?, draft: Bool = false) -> Page {
        var matter = FrontMatter(title: title)
        matter.date = date.flatMap { DateValue.parse($0, timeZone: TimeZone(identifier: "UTC")!) }
        matter.draft = draft
        let file = SourceFile(path: path, text: "")
        return Page(sourcePath: path, section: file.folders.first, slug: try! PageSlug.resolve(file: file, frontMatter: matter).get(),
                    frontMatter: matter, content: Markdown.render(""))
    }

    @Test("lists newest first, then by title, then by path")
    func ordering() {
        let pages = [
            Self.page("Content/a/old.md", title: "Old", date: "2020-01-01"),
            Self.page("Content/a/b2.md", title: "Same", date: "2021-01-01"),
            Self.page("Content/about.md", title: "About", date: nil),
            Self.page("Content/a/b1.md", title: "Same", date: "2021-01-01"),
            Self.page("Content/a/alpha.md", title: "Alpha", date: "2021-01-01"),
            Self.page("Content/a/new.md", title: "New", date: "2021-01-01T10:00:00Z"),
        ]
        let site = Site(config: SiteConfig(title: "T"), pages: pages, indexes: [:], includeDrafts: false)
        #expect(site.pages.map(\.sourcePath) == [
            "Content/a/new.md", "Content/a/alpha.md", "Content/a/b1.md", "Content/a/b2.md", "Content/a/old.md", "Content/about.md",
        ])
        // The input order does not matter.
        let reversed = Site(config: SiteConfig(title: "T"), pages: pages.reversed(), indexes: [:], includeDrafts: false)
        #expect(reversed.pages.map(\.sourcePath) == site.pages.map(\.sourcePath))
    }

    @Test("sorting by dates read once gives the order of comparing pages", arguments: [1, 2, 3])
    func sortKeys(seed: UInt64) {
        var random = SeededGenerator(state: seed)
        let dates = [nil, "2020-01-01", "2021-06-01", "2021-06-01T10:00:00Z", "2019-12-31T23:59:59Z"]
        let titles = ["Same", "Alpha", "米粉", "Zebra", "same"]
        let pages = (0..<200).map { index in
            Self.page("Content/a/p\(random.next() % 1000)-\(index).md", title: titles[Int(random.next() % 5)],
                      date: dates[Int(random.next() % 5)])
        }
        #expect(Page.inListOrder(pages).map(\.sourcePath) == pages.sorted(by: Page.listOrder).map(\.sourcePath))
    }

    @Test("drafts are left out unless asked for", arguments: [false, true])
    func drafts(include: Bool) {
        let pages = [
            Self.page("Content/a/x.md", title: "X", date: "2021-01-01"),
            Self.page("Content/a/draft.md", title: "Draft", date: "2021-01-02", draft: true),
        ]
        let site = Site(config: SiteConfig(title: "T"), pages: pages, indexes: [:], includeDrafts: include)
        #expect(site.pages.map(\.title) == (include ? ["Draft", "X"] : ["X"]))
        #expect(site.sections.first?.pages.count == (include ? 2 : 1))
    }

    @Test("sections group their pages and take their title from _index.md")
    func sections() {
        let pages = [
            Self.page("Content/campaigns/x.md", title: "X", date: "2021-01-01"),
            Self.page("Content/articles/y.md", title: "Y", date: "2021-01-01"),
            Self.page("Content/about.md", title: "About", date: nil),
        ]
        let indexes = ["campaigns": SectionIndex(sourcePath: "Content/campaigns/_index.md", title: "Our campaigns")]
        let site = Site(config: SiteConfig(title: "T"), pages: pages, indexes: indexes, includeDrafts: false)
        #expect(site.sections.map(\.name) == ["articles", "campaigns"])
        #expect(site.sections.map(\.index.title) == ["Articles", "Our campaigns"])
        #expect(site.sections[1].pages.map(\.title) == ["X"])
        #expect(site.pages.first { $0.title == "About" }?.outputPath.url == "/about/")
        #expect(site.pages.first { $0.title == "X" }?.outputPath.url == "/campaigns/x/")
    }
}
