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
        let tokenized = missing.concurrentMap { page in (SearchIndex.entry(page, context: context), SearchIndex.weightedTerms(page)) }
        for (page, (entry, terms)) in zip(missing, tokenized) {
            var packed = terms.map { term, weight in id(of: term) << 2 | UInt32(weight.rawValue) }
            packed.sort()
            byPage[page.digest] = (entry, packed)
        }
        let result = pages.map { byPage[$0.digest]! }
        if byPage.count > pages.count {
            let current = Set(pages.map(\.digest))
            byPage = byPage.filter { current.contains($0.key) }
        }
        return result
    }

    private func id(of term: String) -> UInt32 {
        if let id = ids[term] { return id }
        let id = UInt32(terms.count)
        ids[term] = id
        terms.append(term)
        return id
    }
}
