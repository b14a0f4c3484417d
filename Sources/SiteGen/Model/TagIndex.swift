/// A tag and the pages that carry it.
public struct Tag: Sendable {
    /// The spelling most pages use (ties: the first in sorted order).
    public var name: String
    public var slug: String
    /// Pages in list order.
    public var pages: [Page]
    /// The folder of the tag's language: the root, or `zh/`.
    public var root: OutputPath = .root

    public var outputPath: OutputPath { root.appending("tags", slug) }
}

/// Every tag of the site. Tags that differ only by case, spacing, `-`/`_` or full-width forms
/// share a slug and so are one tag.
public struct TagIndex: Sendable {
    /// Sorted by slug.
    public var tags: [Tag]

    public static let outputPath = OutputPath(components: ["tags"])
    /// `/tags/` of the index's language.
    public var outputPath: OutputPath { root.appending("tags") }
    public var root: OutputPath = .root

    private var positionBySlug: [String: Int] = [:]

    /// The tag with `slug`, if any page carries it.
    public func tag(slug: String) -> Tag? {
        positionBySlug[slug].map { tags[$0] }
    }

    /// Groups `pages` (already in list order) by tag slug. A tag is named by `displayNames[slug]`
    /// when there is one (a language's name for it), else by its most common spelling.
    public init(pages: [Page], displayNames: [String: String] = [:], root: OutputPath = .root) {
        self.root = root
        var pagesBySlug: [String: [Page]] = [:]
        var spellings: [String: [String: Int]] = [:]
        // A site has a few hundred spellings of tags across tens of thousands of pages.
        var slugs: [String: String] = [:]
        for page in pages {
            var seen = Set<String>()
            for name in page.tags {
                let slug = slugs[name] ?? {
                    let slug = Slug.make(name)
                    slugs[name] = slug
                    return slug
                }()
                guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
                pagesBySlug[slug, default: []].append(page)
                spellings[slug, default: [:]][name, default: 0] += 1
            }
        }
        tags = pagesBySlug.keys.sorted().map { slug in
            let name = spellings[slug]!.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.first!.key
            return Tag(name: displayNames[slug] ?? name, slug: slug, pages: pagesBySlug[slug]!, root: root)
        }
        for (position, tag) in tags.enumerated() { positionBySlug[tag.slug] = position }
    }

    /// A tag with no letters or digits would have an empty slug and overwrite `/tags/`.
    public static func emptySlugProblems(in pages: [Page]) -> [Diagnostic] {
        // `tagSlugs` leaves empty slugs out: only a page with fewer slugs than tag names can have one.
        pages.filter { $0.tagSlugs.count < Set($0.tags).count }.flatMap { page in
            page.tags.enumerated().filter { Slug.make($0.element).isEmpty }.map { index, name in
                let position = page.frontMatter.position(of: "tags", item: index)
                return Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column,
                                  message: "tag '\(name)' has no letters or digits to make a URL from",
                                  hint: "use words for tags, like 'co-creation' or '米粉'")
            }
        }
    }
}
