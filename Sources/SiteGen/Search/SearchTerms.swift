/// The search terms of each page, interned as small numbers and kept by page digest, so that a
/// rebuild in `serve` tokenizes only the pages that changed; indexing a 10,000-page site from
/// scratch costs seconds, merging the kept terms milliseconds.
final class SearchTerms: @unchecked Sendable {
    /// Every term seen, by number, and the number of each.
    private(set) var terms: [String] = []
    private var ids: [String: UInt32] = [:]
    /// A page's entry, and its terms, each `id << 2 | weight`, sorted by id.
    private var byPage: [ContentDigest: (entry: SearchIndex.Entry, terms: [UInt32])] = [:]

    /// The entry and terms of each page, in the order of `pages`; tokenizes (on all cores) only
    /// pages not seen before, and forgets pages that are gone. Entries depend on the settings
    /// too (URLs, dates): a cache is dropped when they change.
    func terms(of pages: [Page], context: ContextBuilder) -> [(entry: SearchIndex.Entry, terms: [UInt32])] {
        let missing = pages.filter { byPage[$0.digest] == nil }
        // In chunks, each numbering its own terms: the chunks' vocabularies are merged here, a
        // few hundred thousand lookups instead of one per term of every page.
        let chunk = Swift.max(64, missing.count / 16)
        let chunks = Array(stride(from: 0, to: missing.count, by: chunk)).concurrentMap { start in
            Self.tokenize(missing[start..<Swift.min(start + chunk, missing.count)], context: context)
        }
        var next = 0
        for chunk in chunks {
            let global = chunk.terms.map(id(of:))
            for (entry, local) in chunk.pages {
                var packed = local.map { global[Int($0 >> 2)] << 2 | $0 & 3 }
                packed.sort()
                byPage[missing[next].digest] = (entry, packed)
                next += 1
            }
        }
        let result = pages.map { byPage[$0.digest]! }
        if byPage.count > pages.count {
            let current = Set(pages.map(\.digest))
            byPage = byPage.filter { current.contains($0.key) }
        }
        return result
    }

    /// The entries and terms of `pages`, with terms numbered in the order this chunk met them:
    /// one hash lookup for each word of the text, the rest array work.
    private static func tokenize(_ pages: ArraySlice<Page>, context: ContextBuilder)
        -> (terms: [String], pages: [(entry: SearchIndex.Entry, terms: [UInt32])]) {
        var terms: [String] = []
        var ids: [String: UInt32] = [:]
        // By term number: its best place in the page at hand (0 while not seen), and the numbers seen.
        var best: [UInt8] = []
        var seen: [UInt32] = []
        let result = pages.map { page in
            SearchIndex.forEachTerm(page) { term, weight in
                let id = ids[term] ?? {
                    let id = UInt32(terms.count)
                    ids[term] = id
                    terms.append(term)
                    best.append(0)
                    return id
                }()
                if best[Int(id)] == 0 { seen.append(id) }
                best[Int(id)] = Swift.max(best[Int(id)], weight.rawValue)
            }
            let packed = seen.map { id in
                defer { best[Int(id)] = 0 }
                return id << 2 | UInt32(best[Int(id)])
            }
            seen.removeAll(keepingCapacity: true)
            return (SearchIndex.entry(page, context: context), packed)
        }
        return (terms, result)
    }

    private func id(of term: String) -> UInt32 {
        if let id = ids[term] { return id }
        let id = UInt32(terms.count)
        ids[term] = id
        terms.append(term)
        return id
    }
}
