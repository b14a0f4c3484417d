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
    /// Of the source file's path and bytes, and of what the page shows of its images (their
    /// sizes, the widths made): what every output showing this page depends on.
    public let digest: ContentDigest
    /// Of the source file's path and bytes alone: what search keeps a page's terms by, which
    /// its images do not change.
    public let sourceDigest: ContentDigest
    /// The picture its front matter names (`image:`), as the build makes it.
    public let picture: Picture?
    /// The code of the language a translation is in (`zh` of `city-cup.zh.md`); nil for a page in
    /// the site's default language.
    public let language: String?
    /// Of a translation, its original's source path (`Content/campaigns/city-cup.md`).
    public let original: String?
    /// The picture shown where a link to the page is shared (its social card), as the build makes it.
    public let card: Picture?

    /// `root`: the folder of the page's language, `zh/` for a translation into `zh`.
    public init(sourcePath: String, section: String?, slug: String, frontMatter: FrontMatter, content: RenderedMarkdown,
                digest: ContentDigest? = nil, sourceDigest: ContentDigest? = nil, picture: Picture? = nil, card: Picture? = nil,
                language: String? = nil, original: String? = nil, root: OutputPath = .root) {
        self.sourcePath = sourcePath
        self.picture = picture
        self.card = card
        self.original = original
        self.digest = digest ?? ContentDigest(sourcePath)
        self.sourceDigest = sourceDigest ?? self.digest
        self.section = section
        self.slug = slug
        self.language = language
        self.outputPath = OutputPath(components: root.components + [section, slug].compactMap { $0 })
        self.frontMatter = frontMatter
        self.tagSlugs = Set(frontMatter.tags.map(Slug.make).filter { !$0.isEmpty })
        self.content = content
    }

    /// The folder of the page's language: the root, or `zh/`.
    public var languageRoot: OutputPath {
        language.map { OutputPath(components: [$0]) } ?? .root
    }

    /// The source path that names the page and all its translations: the original's.
    public var translationKey: String { original ?? sourcePath }

    public var title: String { frontMatter.title }
    public var date: Date? { frontMatter.date }
    public var tags: [String] { frontMatter.tags }
    public var isDraft: Bool { frontMatter.draft }

    /// Front matter's summary, else the first paragraph as plain text.
    public var summary: String {
        Self.summary(frontMatter, content)
    }

    private static func summary(_ frontMatter: FrontMatter, _ content: RenderedMarkdown) -> String {
        frontMatter.summary ?? content.firstParagraph ?? ""
    }
}
