import Foundation

/// Every search term of a site, each numbered once. Pages are tokenized as they are parsed and
/// their terms kept as numbers (`SearchMemo`), in far fewer bytes than their plain text, so that
/// the index is merged from numbers and `serve` tokenizes again only the pages it parses again.
final class SearchVocabulary: @unchecked Sendable {
    private let lock = NSLock()
    private var terms: [String] = []
    private var ids: [String: UInt32] = [:]

    init() {}

    /// The terms by number, as they stand.
    var numbered: [String] {
        lock.withLock { terms }
    }

    fileprivate func id(of term: String) -> UInt32 {
        lock.withLock {
            if let id = ids[term] { return id }
            let id = UInt32(terms.count)
            ids[term] = id
            terms.append(term)
            return id
        }
    }

    /// Numbers pages' terms on one thread: the numbers it has met are its own, so that a word
    /// costs one lookup without a lock, and the shared vocabulary one lookup a new term.
    final class Numbering {
        let vocabulary: SearchVocabulary
        private var state = State()

        init(_ vocabulary: SearchVocabulary) {
            self.vocabulary = vocabulary
        }

        /// The terms of a page whose plain text is `text`, each once with its best place as
        /// `id << 2 | weight`, in the order they first occur (the index needs no other: numbers
        /// depend on which thread met a term first, and the index sorts terms by their text).
        func terms(of page: Page, text: String, tagNames: [String: String] = [:]) -> [UInt32] {
            // Worked on as a local value: a class's stored properties cost a dynamic exclusivity
            // check at every access, and this runs for every word of every page.
            var state = State()
            swap(&state, &self.state)
            defer { swap(&state, &self.state) }
            SearchIndex.forEachTerm(of: page, text: text, tagNames: tagNames) { term, weight in
                state.add(term, weight, vocabulary)
            }
            return state.take()
        }

        private struct State {
            var known = TermTable()
            /// By term number: its best place in the page at hand (0 while not seen), and the numbers seen.
            var best: [UInt8] = []
            var seen: [UInt32] = []

            mutating func add(_ term: UnsafeBufferPointer<UInt8>, _ weight: SearchIndex.Weight, _ vocabulary: SearchVocabulary) {
                let id: UInt32
                if let known = known.value(of: term) {
                    id = known
                } else {
                    id = vocabulary.id(of: String(decoding: term, as: UTF8.self))
                    known.insert(term, value: id)
                }
                if Int(id) >= best.count { best += repeatElement(0, count: Int(id) + 1 - best.count) }
                if best[Int(id)] == 0 { seen.append(id) }
                best[Int(id)] = Swift.max(best[Int(id)], weight.rawValue)
            }

            mutating func take() -> [UInt32] {
                let packed = seen.map { id in
                    defer { best[Int(id)] = 0 }
                    return id << 2 | UInt32(best[Int(id)])
                }
                seen.removeAll(keepingCapacity: true)
                return packed
            }
        }
    }
}
