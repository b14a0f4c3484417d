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
        // In a few chunks, so that each reuses one scratch array.
        let pages = site.pages
        let chunk = max(1, (pages.count + 15) / 16)
        let lists = Array(stride(from: 0, to: pages.count, by: chunk)).concurrentMap { start in
            var scratch = [UInt16](repeating: 0, count: related.count)
            return pages[start..<min(start + chunk, pages.count)].map { related.find(for: $0, scratch: &scratch).map(\.sourcePath) }
        }.flatMap { $0 }
        paths = Dictionary(uniqueKeysWithValues: zip(site.pages.map(\.sourcePath), lists))
    }

    /// The source paths of a page's related pages, best first.
    func paths(of page: Page) -> [String] {
        paths[page.sourcePath] ?? []
    }
}
