/// Pages that share tags with a page, most shared tags first; ties go to the newer page,
/// then by list order, so that every build picks the same ones.
public enum RelatedPages {
    public static func find(for page: Page, in tags: TagIndex, limit: Int = 3) -> [Page] {
        let own = Set(page.tags.map(Slug.make))
        guard !own.isEmpty else { return [] }
        var shared: [String: (page: Page, count: Int)] = [:]
        for tag in tags.tags where own.contains(tag.slug) {
            for other in tag.pages where other.sourcePath != page.sourcePath {
                shared[other.sourcePath, default: (other, 0)].count += 1
            }
        }
        return shared.values.sorted { a, b in
            a.count != b.count ? a.count > b.count : Page.listOrder(a.page, b.page)
        }.prefix(limit).map(\.page)
    }
}
