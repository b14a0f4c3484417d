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
    /// For each page position, a bit for each of the 64 commonest tags it has: asking whether a
    /// page has the commonest tag of another is then one load from a flat array, where looking in
    /// its tag list missed the cache for every candidate at 50,000 pages.
    private let commonTags: [UInt64]
    /// Each tag's bit in `commonTags`, or nil for a rarer tag.
    private let bitOfTag: [Int?]
    /// For each of the commonest tags (by bit), its pages as a bit set of page positions: the
    /// pages further down that share two or more tags are found 64 at a time, where reading
    /// the tags' lists to their end made the search quadratic in the page count.
    private let pagesWithBit: [[UInt64]]

    /// How many pages the scratch array of `find(for:limit:scratch:)` must hold.
    var count: Int { pages.count }

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
        let commonest = pagesOfTag.indices.sorted { pagesOfTag[$0].count > pagesOfTag[$1].count }.prefix(64)
        var bitOfTag = [Int?](repeating: nil, count: pagesOfTag.count)
        for (bit, tag) in commonest.enumerated() { bitOfTag[tag] = bit }
        var commonTags = [UInt64](repeating: 0, count: pages.count)
        var pagesWithBit = [[UInt64]](repeating: [UInt64](repeating: 0, count: (pages.count + 63) / 64), count: commonest.count)
        for (tag, list) in pagesOfTag.enumerated() {
            guard let bit = bitOfTag[tag] else { continue }
            for page in list {
                commonTags[page] |= 1 << UInt64(bit)
                pagesWithBit[bit][page >> 6] |= 1 << UInt64(page & 63)
            }
        }
        self.pagesWithBit = pagesWithBit
        self.pages = pages
        self.position = position
        self.tagsOfPage = tagsOfPage
        self.pagesOfTag = pagesOfTag
        self.commonTags = commonTags
        self.bitOfTag = bitOfTag
    }

    private func position(_ page: Int, hasTag tag: Int) -> Bool {
        if let bit = bitOfTag[tag] { return commonTags[page] & (1 << UInt64(bit)) != 0 }
        return tagsOfPage[page].contains(tag)
    }

    public static func find(for page: Page, in tags: TagIndex, limit: Int = 3) -> [Page] {
        RelatedPages(tags: tags).find(for: page, limit: limit)
    }

    /// Counts over every list of the page's tags but the longest: a page sharing two or more tags
    /// is in at least one of the shorter lists, and of the pages only in the longest list (sharing
    /// one tag) the first few in list order are the best. Counting the longest list too would
    /// make a site where one tag is on a third of all pages quadratic in its page count; reading
    /// the shorter lists to their end did too, at 50,000 pages.
    public func find(for page: Page, limit: Int = 3) -> [Page] {
        var scratch = [UInt16](repeating: 0, count: pages.count)
        return find(for: page, limit: limit, scratch: &scratch)
    }

    /// `scratch` holds a zero for every page and is left so: one array serves many calls, since
    /// zeroing one a page made finding them all quadratic (5 GB of zeroes at 50,000 pages).
    func find(for page: Page, limit: Int = 3, scratch shared: inout [UInt16]) -> [Page] {
        guard let me = position[ObjectIdentifier(page)] else { return [] }
        let own = tagsOfPage[me].sorted { pagesOfTag[$0].count < pagesOfTag[$1].count }
        guard let longest = own.last else { return [] }
        // Shared-tag counts by page position; a flat array is far cheaper than a dictionary here.
        var touched: [Int] = []
        defer { for other in touched { shared[other] = 0 } }
        var best: [Candidate] = []
        // The shorter lists merged in list order. A page further down shares at most one tag per
        // list not yet read to its end, plus the longest list's: once `limit` pages share that
        // many, none further down can rank above them, and the rest of the lists is never read.
        let lists = own.dropLast().map { pagesOfTag[$0] }
        var heads = [Int](repeating: 0, count: lists.count)
        var settled = false
        while !settled {
            var next = Int.max
            var open = 0
            for (list, head) in zip(lists, heads) where head < list.count {
                next = min(next, list[head])
                open += 1
            }
            if best.count == limit, let last = best.last, last.count >= max(open + 1, 2) {
                settled = true
                break
            }
            guard next != .max else { break }
            if best.count == limit, let last = best.last, last.count >= 2, last.count < open {
                // A page further down beats the last only by sharing more tags, so at least two.
                for other in pagesSharingTwo(of: own, from: next) where other != me && !best.contains(where: { $0.position == other }) {
                    let count = own.reduce(0) { $0 + (position(other, hasTag: $1) ? 1 : 0) }
                    Self.insert(Candidate(position: other, count: count), into: &best, limit: limit)
                }
                return best.map { pages[$0.position] }
            }
            var count = 0
            for index in lists.indices where heads[index] < lists[index].count && lists[index][heads[index]] == next {
                count += 1
                heads[index] += 1
            }
            guard next != me else { continue }
            touched.append(next)
            shared[next] = UInt16(count)
            let total = count + (position(next, hasTag: longest) ? 1 : 0)
            Self.insert(Candidate(position: next, count: total), into: &best, limit: limit)
        }
        // Settled, the best share at least two tags: no page of the longest list alone can beat them.
        guard !settled else { return best.map { pages[$0.position] } }
        var taken = 0
        // Stops at `limit`: a `where taken < limit` clause went on through the whole list, a third
        // of the site for the commonest tag, for every page.
        for other in pagesOfTag[longest] where other != me && shared[other] == 0 {
            guard taken < limit else { break }
            Self.insert(Candidate(position: other, count: 1), into: &best, limit: limit)
            taken += 1
        }
        return best.map { pages[$0.position] }
    }

    /// The positions from `start` on of the pages with two or more of `tags`, some more than
    /// once: those in a rare tag's list as they are read from it, the rest from the common tags'
    /// bit sets, where a page in two of them is a bit set twice.
    private func pagesSharingTwo(of tags: [Int], from start: Int) -> [Int] {
        var found: [Int] = []
        var common: [Int] = []
        for tag in tags {
            if let bit = bitOfTag[tag] {
                common.append(bit)
                continue
            }
            let list = pagesOfTag[tag]
            var low = 0, high = list.count
            while low < high {
                let middle = (low + high) / 2
                if list[middle] < start { low = middle + 1 } else { high = middle }
            }
            for other in list[low...] where tags.reduce(0, { $0 + (position(other, hasTag: $1) ? 1 : 0) }) >= 2 {
                found.append(other)
            }
        }
        guard common.count >= 2 else { return found }
        for word in (start >> 6)..<((pages.count + 63) >> 6) {
            var once: UInt64 = 0, twice: UInt64 = 0
            for bit in common {
                let set = pagesWithBit[bit][word]
                twice |= once & set
                once |= set
            }
            if word == start >> 6 { twice &= ~0 << UInt64(start & 63) }
            while twice != 0 {
                found.append(word << 6 | twice.trailingZeroBitCount)
                twice &= twice - 1
            }
        }
        return found
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
