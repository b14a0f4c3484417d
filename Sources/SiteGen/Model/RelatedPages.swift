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
    /// One after the other, `words` each: a flat array, read without an array per tag to retain.
    private let pagesWithBit: [UInt64]
    private let words: Int

    /// How many pages the scratch array of `find(for:limit:scratch:)` must hold.
    var count: Int { pages.count }

    public init(tags: TagIndex) {
        var seen = Set<ObjectIdentifier>()
        let pages = Page.inListOrder(tags.tags.flatMap(\.pages).filter { seen.insert(ObjectIdentifier($0)).inserted })
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
        let words = (pages.count + 63) / 64
        var pagesWithBit = [UInt64](repeating: 0, count: words * commonest.count)
        for (tag, list) in pagesOfTag.enumerated() {
            guard let bit = bitOfTag[tag] else { continue }
            for page in list {
                commonTags[page] |= 1 << UInt64(bit)
                pagesWithBit[bit * words + page >> 6] |= 1 << UInt64(page & 63)
            }
        }
        self.pagesWithBit = pagesWithBit
        self.words = words
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

    public func find(for page: Page, limit: Int = 3) -> [Page] {
        var scratch = [UInt16](repeating: 0, count: pages.count)
        return find(for: page, limit: limit, scratch: &scratch)
    }

    /// Reads the pages in list order, 64 at a time from the bit sets of the page's common tags,
    /// and counts only those that share enough of them to rank among the best found so far: at
    /// first any, then, once `limit` are found, as many as the last of them (more, past it).
    /// When no page can share more, the rest is never read. A rare tag's list is short, and
    /// its pages are counted first. Merging the tags' lists instead read them to their end
    /// for pages whose tags seldom meet, which grew with the square of the page count.
    ///
    /// `scratch` holds a zero for every page and is left so: one array serves many calls, since
    /// zeroing one a page made finding them all quadratic in the page count.
    func find(for page: Page, limit: Int = 3, scratch counted: inout [UInt16]) -> [Page] {
        guard let me = position[ObjectIdentifier(page)], limit > 0 else { return [] }
        let own = tagsOfPage[me]
        var best: [Candidate] = []
        func count(_ other: Int) -> Int { own.reduce(0) { $0 + (position(other, hasTag: $1) ? 1 : 0) } }
        var touched: [Int] = []
        defer { for other in touched { counted[other] = 0 } }
        for tag in own where bitOfTag[tag] == nil {
            for other in pagesOfTag[tag] where other != me && counted[other] == 0 {
                counted[other] = 1
                touched.append(other)
                Self.insert(Candidate(position: other, count: count(other)), into: &best, limit: limit)
            }
        }
        let starts = own.compactMap { bitOfTag[$0].map { $0 * words } }
        guard !starts.isEmpty else { return best.map { pages[$0.position] } }
        pagesWithBit.withUnsafeBufferPointer { sets in
            for word in 0..<words {
                var least = 1
                if best.count == limit, let last = best.last {
                    least = last.count + (word << 6 > last.position ? 1 : 0)
                    guard least <= own.count else { break }
                }
                var counter = BitCounter()
                for start in starts { counter.add(sets[start + word]) }
                var candidates = counter.atLeast(least)
                if word == me >> 6 { candidates &= ~(1 << UInt64(me & 63)) }
                while candidates != 0 {
                    let other = word << 6 | candidates.trailingZeroBitCount
                    candidates &= candidates - 1
                    guard counted[other] == 0 else { continue }
                    Self.insert(Candidate(position: other, count: count(other)), into: &best, limit: limit)
                }
            }
        }
        return best.map { pages[$0.position] }
    }

    /// The bits set in at least `least` of `sets`, or in all of seven or more, which holds them.
    static func atLeast(_ least: Int, of sets: [UInt64]) -> UInt64 {
        var counter = BitCounter()
        for set in sets { counter.add(set) }
        return counter.atLeast(least)
    }

    /// A counter for each of 64 bits, three bits wide, kept in three words; it stops at seven.
    struct BitCounter {
        private var one: UInt64 = 0, two: UInt64 = 0, four: UInt64 = 0

        mutating func add(_ set: UInt64) {
            let carry = one & set
            one ^= set
            let carryTwo = two & carry
            two ^= carry
            let full = four & carryTwo
            four |= carryTwo
            one |= full
            two |= full
        }

        /// The bits counted at least `least` times, or seven when `least` is more.
        func atLeast(_ least: Int) -> UInt64 {
            switch least {
            case ...1: one | two | four
            case 2: two | four
            case 3: four | (two & one)
            case 4: four
            case 5: four & (two | one)
            case 6: four & two
            default: four & two & one
            }
        }
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
