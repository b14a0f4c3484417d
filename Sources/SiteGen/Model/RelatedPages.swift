/// Pages that share tags with a page, most shared tags first; ties go to the newer page,
/// then by list order, so that every build picks the same ones.
public enum RelatedPages {
    typealias Candidate = (page: Page, count: Int)

    /// Scans every list of the page's tags but the longest: a page sharing two or more tags is in
    /// at least one of the shorter lists, and of the pages only in the longest list (sharing one
    /// tag) the first few in list order are the best. Counting the longest list too would make a
    /// site where one tag is on a third of all pages quadratic in its page count.
    public static func find(for page: Page, in tags: TagIndex, limit: Int = 3) -> [Page] {
        let own = page.tagSlugs.sorted().compactMap { tags.tag(slug: $0) }
            .sorted { $0.pages.count != $1.pages.count ? $0.pages.count < $1.pages.count : $0.slug < $1.slug }
        guard let longest = own.last else { return [] }
        var candidates: [ObjectIdentifier: Candidate] = [:]
        for tag in own.dropLast() {
            for other in tag.pages where other !== page && candidates[ObjectIdentifier(other)] == nil {
                candidates[ObjectIdentifier(other)] = (other, page.tagSlugs.intersection(other.tagSlugs).count)
            }
        }
        var best = top(candidates.values, limit: limit)
        var taken = 0
        for other in longest.pages where taken < limit {
            guard other !== page, candidates[ObjectIdentifier(other)] == nil else { continue }
            best = top(best + [(other, 1)], limit: limit)
            taken += 1
        }
        return best.map(\.page)
    }

    /// The best `limit` candidates, best first, without sorting them all.
    static func top(_ candidates: some Sequence<Candidate>, limit: Int) -> [Candidate] {
        var best: [Candidate] = []
        for candidate in candidates {
            if best.count == limit, let last = best.last, !ranksHigher(candidate, last) { continue }
            let index = best.firstIndex { ranksHigher(candidate, $0) } ?? best.count
            best.insert(candidate, at: index)
            if best.count > limit { best.removeLast() }
        }
        return best
    }

    static func ranksHigher(_ a: Candidate, _ b: Candidate) -> Bool {
        a.count != b.count ? a.count > b.count : Page.listOrder(a.page, b.page)
    }
}
