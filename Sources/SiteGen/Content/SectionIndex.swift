/// The front matter and intro of a section (`Content/<section>/_index.md`) or of the home page
/// (`Content/_index.md`). A folder without one gets its name as title.
public struct SectionIndex: Sendable {
    public var sourcePath: String?
    public var title: String
    public var frontMatter: FrontMatter?
    public var content: RenderedMarkdown?
    /// Of the `_index.md` file, when there is one.
    public var digest: ContentDigest?

    public init(sourcePath: String?, title: String, frontMatter: FrontMatter? = nil, content: RenderedMarkdown? = nil,
                digest: ContentDigest? = nil) {
        self.sourcePath = sourcePath
        self.digest = digest
        self.title = title
        self.frontMatter = frontMatter
        self.content = content
    }
}
