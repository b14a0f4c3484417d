/// Pages that share tags with a page, most shared tags first; ties go to the newer page,
/// then by list order, so that every build picks the same ones.
///
/// Built once a build: pages and tags become small integers, so that counting shared tags is
/// array arithmetic rather than hashing sets of strings for every pair of pages.
public struct RelatedPages: Sendable {
    private let pages: [Page]
    private let position: [ObjectIdentifier: Int]
    /// For each page position, its tags' positions.
    private let tagsOfPage: [[Int]]
    /// For each tag position, its pages' positions in list order.
    private let pagesOfTag: [[Int]]

    public init(tags: TagIndex) {
        var seen = Set<ObjectIdentifier>()
        let pages = tags.tags.flatMap(\.pages).filter { seen.insert(ObjectIdentifier($0)).inserted }.sorted(by: Page.listOrder)
        var position: [ObjectIdentifier: Int] = [:]
        for (index, page) in pages.enumerated() { position[ObjectIdentifier(page)] = index }
        var tagsOfPage = [[Int]](repeating: [], count: pages.count)
        let pagesOfTag = tags.tags.enumerated().map { tagPosition, tag in
            tag.pages.map { page in
                let index = position[ObjectIdentifier(page)]!
                tagsOfPage[index].append(tagPosition)
                return index
            }
        }
        self.pages = pages
        self.position = position
        self.tagsOfPage = tagsOfPage
        self.pagesOfTag = pagesOfTag
    }

    public static func find(for page: Page, in tags: TagIndex, limit: Int = 3) -> [Page] {
        RelatedPages(tags: tags).find(for: page, limit: limit)
    }

    /// Counts over every list of the page's tags but the longest: a page sharing two or more tags
    /// is in at least one of the shorter lists, and of the pages only in the longest list (sharing
    /// one tag) the first few in list order are the best. Counting the longest list too would
    /// make a site where one tag is on a third of all pages quadratic in its page count.
    public func find(for page: Page, limit: Int = 3) -> [Page] {
        guard let me = position[ObjectIdentifier(page)] else { return [] }
        let own = tagsOfPage[me].sorted { pagesOfTag[$0].count < pagesOfTag[$1].count }
        guard let longest = own.last else { return [] }
        // Shared-tag counts by page position; a flat array is far cheaper than a dictionary here.
        var shared = [UInt16](repeating: 0, count: pages.count)
        var touched: [Int] = []
        for tag in own.dropLast() {
            for other in pagesOfTag[tag] where other != me {
                if shared[other] == 0 { touched.append(other) }
                shared[other] += 1
            }
        }
        var best: [Candidate] = []
        for other in touched {
            let total = Int(shared[other]) + (tagsOfPage[other].contains(longest) ? 1 : 0)
            Self.insert(Candidate(position: other, count: total), into: &best, limit: limit)
        }
        var taken = 0
        for other in pagesOfTag[longest] where taken < limit && other != me && shared[other] == 0 {
            Self.insert(Candidate(position: other, count: 1), into: &best, limit: limit)
            taken += 1
        }
        return best.map { pages[$0.position] }
    }

    struct Candidate {
        let position: Int
        let count: Int

        /// More shared tags first, then earlier in list order.
        func ranksHigher(than other: Candidate) -> Bool {
            count != other.count ? count > other.count : position < other.position
        }
    }

    /// Keeps the best `limit` candidates, best first, without sorting them all.
    private static func insert(_ candidate: Candidate, into best: inout [Candidate], limit: Int) {
        if best.count == limit, let last = best.last, !candidate.ranksHigher(than: last) { return }
        let index = best.firstIndex { candidate.ranksHigher(than: $0) } ?? best.count
        best.insert(candidate, at: index)
        if best.count > limit { best.removeLast() }
    }
}
