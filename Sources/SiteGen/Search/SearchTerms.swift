import Foundation

/// A page's search terms, numbered by the build's vocabulary: what the search index reads in
/// place of the page's text. Held by the page, so that `serve` indexes an unchanged page again
/// without tokenizing it; a build that ends its process takes them instead, so that the lists,
/// rendered after the index, can use their memory.
final class SearchTerms: @unchecked Sendable {
    private let lock = NSLock()
    private var terms: [UInt32]?

    init(_ terms: [UInt32]) {
        self.terms = terms
    }

    /// The terms; with `keep` false, they are released here, and asking again is a mistake of
    /// the build, which would otherwise index the page as if it had no text.
    func read(keep: Bool) -> [UInt32] {
        lock.withLock {
            guard let terms else { preconditionFailure("a page's search terms were read after a build took them") }
            if !keep { self.terms = nil }
            return terms
        }
    }

    var isReleased: Bool { lock.withLock { terms == nil } }
}
