/// Pages that share tags with a page, most shared tags first; ties go to the newer page,
/// then by list order, so that every build picks the same ones.
public enum RelatedPages {
    public static func find(for page: Page, in tags: TagIndex, limit: Int = 3) -> [Page] {
        let own = Set(page.tags.map(Slug.make))
        guard !own.isEmpty else { return [] }
        var shared: [ObjectIdentifier: (page: Page, count: Int)] = [:]
        for slug in own {
            guard let tag = tags.tag(slug: slug) else { continue }
            for other in tag.pages where other !== page {
                shared[ObjectIdentifier(other), default: (other, 0)].count += 1
            }
        }
        // Keep only the best `limit` without sorting every candidate.
        var best: [(page: Page, count: Int)] = []
        for candidate in shared.values {
            let ranksHigher = { (a: (page: Page, count: Int), b: (page: Page, count: Int)) in
                a.count != b.count ? a.count > b.count : Page.listOrder(a.page, b.page)
            }
            if best.count == limit, let last = best.last, !ranksHigher(candidate, last) { continue }
            let index = best.firstIndex { ranksHigher(candidate, $0) } ?? best.count
            best.insert(candidate, at: index)
            if best.count > limit { best.removeLast() }
        }
        return best.map(\.page)
    }
}
