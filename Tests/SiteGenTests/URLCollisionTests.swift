import Foundation
import Testing
@testable import SiteGen

@Suite("URL collisions")
struct URLCollisionTests {
    /// A site of `files` (`[path: front matter lines]`), each parsed as a build parses it.
    static func site(_ files: [String: String]) throws -> Site {
        let config = SiteConfig(title: "T")
        var pages: [Page] = []
        var indexes: [String: SectionIndex] = [:]
        for (path, yaml) in files.sorted(by: { $0.key < $1.key }) {
            switch ContentLoader.parse(SourceFile(path: path, text: "---\n\(yaml)\n---\nText\n"), config: config) {
            case .success(.page(let page)): pages.append(page)
            case .success(.index(let key, let index)): indexes[key] = index
            case .success(.translation): break
            case .failure(let failure): throw failure
            }
        }
        return Site(config: config, pages: pages, indexes: indexes, includeDrafts: false)
    }

    @Test("a site whose pages, sections and lists each have a URL of their own has no collisions")
    func none() throws {
        let site = try Self.site([
            "Content/about.md": "title: About\ntags: [music]",
            "Content/articles/a.md": "title: A\ndate: 2026-01-05\ntags: [music]",
            "Content/articles/tags.md": "title: Tags in articles\ndate: 2026-01-06",
            "Content/search.md": "title: Search tips",
        ])
        #expect(site.urlCollisions(searchPage: false).isEmpty)
    }

    @Test("a page that takes a list's URL is refused at its slug, or at its file when it has none", arguments: [
        ("Content/tags.md", "title: T", nil, "Content/tags.md would write /tags/, where sitegen writes the list of tags"),
        ("Content/x.md", "title: T\nslug: archive", 3, "Content/x.md would write /archive/, where sitegen writes the date archive"),
        ("Content/search.md", "title: T", nil, "Content/search.md would write /search/, where sitegen writes the search page"),
        ("Content/tags/music.md", "title: T\ndate: 2026-01-05",  nil,
         "Content/tags/music.md would write /tags/music/, where sitegen writes the page of tag 'music'"),
        ("Content/archive/x.md", "title: T\ndate: 2026-01-05\nslug: '2026'", 4,
         "Content/archive/x.md would write /archive/2026/, where sitegen writes the archive of 2026"),
    ] as [(String, String, Int?, String)])
    func listURLs(path: String, yaml: String, line: Int?, message: String) throws {
        let site = try Self.site(["Content/a/b.md": "title: B\ndate: 2026-01-05\ntags: [music]", path: yaml])
        let problems = site.urlCollisions(searchPage: true).filter { $0.file == path }
        let problem = try #require(problems.first)
        #expect(problem.message == message)
        #expect(problem.line == line)
        #expect(problem.column == (line == nil ? nil : 7))
    }

    @Test("two pages with one URL are named both, at the slug that made it")
    func twoPages() throws {
        let site = try Self.site([
            "Content/b.md": "title: B",
            "Content/a.md": "title: A\nslug: b",
        ])
        let problems = site.urlCollisions(searchPage: false)
        #expect(problems == [Diagnostic(file: "Content/a.md", line: 3, column: 7, message: "Content/a.md and Content/b.md would both write /b/",
                                        hint: "give the page another slug or file name")])
    }

    @Test("a page with a section's URL, and a section with a list's, are named with the section's file")
    func sections() throws {
        let site = try Self.site([
            "Content/articles.md": "title: About the articles",
            "Content/articles/_index.md": "title: Articles",
            "Content/Tags/x.md": "title: X\ndate: 2026-01-05",
        ])
        #expect(site.urlCollisions(searchPage: false).map(\.description) == [
            "Content/Tags/: error: the section 'tags' (Content/Tags/) would write /tags/, where sitegen writes the list of tags\n"
                + "  hint: rename the section's folder",
            "Content/articles.md: error: Content/articles.md and the section 'articles' (Content/articles/_index.md) would both write /articles/\n"
                + "  hint: give the page another slug or file name",
        ])
    }

    @Test("drafts left out of the build take no URL")
    func drafts() throws {
        let site = try Self.site(["Content/b.md": "title: B", "Content/new-b.md": "title: New B\nslug: b\ndraft: true"])
        #expect(site.urlCollisions(searchPage: false).isEmpty)
    }
}
