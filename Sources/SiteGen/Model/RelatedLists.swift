/// Every page's related pages, by source path. Finding them is the costliest part of keying a
/// rebuild at 10,000 pages, and an edit to a page's text changes none of them, so `serve` keeps
/// the lists between rebuilds for as long as `key` is the same.
struct RelatedLists: Sendable {
    /// Of what decides the lists: the pages in list order, each with its tags.
    let key: ContentDigest
    private let paths: [String: [String]]

    init(site: Site, previous: RelatedLists? = nil) {
        var key = ContentDigest.Builder()
        for page in site.pages {
            key.add(page.sourcePath)
            key.add(page.tagSlugs.sorted().joined(separator: "\u{0}"))
        }
        self.key = key.digest
        if let previous, previous.key == self.key {
            paths = previous.paths
            return
        }
        let related = RelatedPages(tags: site.tags)
        let lists = site.pages.concurrentMap { page in related.find(for: page).map(\.sourcePath) }
        paths = Dictionary(uniqueKeysWithValues: zip(site.pages.map(\.sourcePath), lists))
    }

    /// The source paths of a page's related pages, best first.
    func paths(of page: Page) -> [String] {
        paths[page.sourcePath] ?? []
    }
}
