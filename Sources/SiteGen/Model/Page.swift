import Foundation

/// One Markdown page, parsed and rendered to HTML, with its place in the site.
///
/// A class, not a struct: every list, tag and archive month holds the same pages, and passing
/// a reference costs one retain where copying a struct of strings and arrays costs dozens.
public final class Page: Sendable {
    /// Path from the site root, e.g. `Content/articles/weibo-backlash.md`; names the page in errors.
    public let sourcePath: String
    /// The section folder's slug, or nil for a top-level page.
    public let section: String?
    public let slug: String
    public let frontMatter: FrontMatter
    public let content: RenderedMarkdown
    /// The slugs of the page's tags, which decide its tag pages and its related pages.
    public let tagSlugs: Set<String>
    /// The folder the page is written to, relative to the output root: `articles/x/`. Made once:
    /// every list, feed, sitemap entry and link check that shows the page asks for it.
    public let outputPath: OutputPath
    /// Of the source file's path and bytes: what every output showing this page depends on.
    public let digest: ContentDigest
    /// The page's search terms as numbered by the vocabulary of the numbering it was made with, in place of its
    /// plain text; nil when made without one (then `content.plainText` is kept).
    let searchTerms: SearchTerms?

    public convenience init(sourcePath: String, section: String?, slug: String, frontMatter: FrontMatter,
                            content: RenderedMarkdown, digest: ContentDigest? = nil) {
        self.init(sourcePath: sourcePath, section: section, slug: slug, frontMatter: frontMatter, content: content,
                  digest: digest, numbering: nil)
    }

    init(sourcePath: String, section: String?, slug: String, frontMatter: FrontMatter, content: RenderedMarkdown,
         digest: ContentDigest?, numbering: SearchVocabulary.Numbering?) {
        self.sourcePath = sourcePath
        self.digest = digest ?? ContentDigest(sourcePath)
        self.section = section
        self.slug = slug
        self.outputPath = OutputPath(components: [section, slug].compactMap { $0 })
        self.frontMatter = frontMatter
        self.tagSlugs = Set(frontMatter.tags.map(Slug.make).filter { !$0.isEmpty })
        var content = content
        if let numbering {
            searchTerms = SearchTerms(numbering.terms(text: content.plainText, summary: Self.searchedSummary(frontMatter),
                                                      title: frontMatter.title, tags: frontMatter.tags))
            content.plainText = ""
        } else {
            searchTerms = nil
        }
        self.content = content
    }

    public var title: String { frontMatter.title }
    public var date: Date? { frontMatter.date }
    public var tags: [String] { frontMatter.tags }
    public var isDraft: Bool { frontMatter.draft }

    /// The summary as search indexes it apart from the text: front matter's only. The default
    /// summary is the text's first paragraph, whose terms the text gives already, with the same
    /// weight.
    static func searchedSummary(_ frontMatter: FrontMatter) -> String {
        frontMatter.summary ?? ""
    }

    /// Front matter's summary, else the first paragraph as plain text.
    public var summary: String {
        Self.summary(frontMatter, content)
    }

    private static func summary(_ frontMatter: FrontMatter, _ content: RenderedMarkdown) -> String {
        frontMatter.summary ?? content.firstParagraph ?? ""
    }
}

extension Page {
    /// Newest first; equal dates by title, then by source path, so that every run agrees.
    /// Undated pages come after dated ones.
    public static func listOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        if a.title != b.title { return a.title < b.title }
        return a.sourcePath < b.sourcePath
    }

    /// `pages` sorted by `listOrder`, their dates read once into one array: comparing pages
    /// read each one's front matter from wherever it lies in memory, two cache misses a
    /// comparison and 800,000 comparisons at 50,000 pages.
    static func inListOrder(_ pages: [Page]) -> [Page] {
        // Newest first is smallest first; undated pages, after the rest, compare by title.
        let keys = pages.map { $0.date.map { -$0.timeIntervalSinceReferenceDate } ?? .infinity }
        return pages.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : listOrder(pages[a], pages[b])
        }.map { pages[$0] }
    }
}
