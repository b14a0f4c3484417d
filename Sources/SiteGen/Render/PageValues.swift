import Foundation

/// The `page` context of each page, built the first time a render asks for it: a build whose
/// files are all unchanged builds none. Shared by every list showing a page, on all cores.
final class PageValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: [String: Any]] = [:]
    private let previous: [ContentDigest: Unchecked<[String: Any]>]
    private let global: ContentDigest
    private let context: ContextBuilder

    /// `previous` holds the contexts of a previous build by `key`.
    init(context: ContextBuilder, global: ContentDigest, previous: [ContentDigest: Unchecked<[String: Any]>]) {
        self.context = context
        self.global = global
        self.previous = previous
    }

    /// A page context depends on the page and on the settings and templates (`global`).
    static func key(_ page: Page, _ global: ContentDigest) -> ContentDigest {
        var key = ContentDigest.Builder()
        key.add(global)
        key.add(page.digest)
        return key.digest
    }

    subscript(page: Page) -> [String: Any] {
        if let value = lock.withLock({ values[page.sourcePath] }) { return value }
        // Built outside the lock; two threads may build the same page's, which is the same value.
        let value = previous[Self.key(page, global)]?.value ?? context.page(page)
        lock.withLock { values[page.sourcePath] = value }
        return value
    }

    /// The contexts built so far, by `key`, for the next build.
    func byKey(_ pages: [Page]) -> [ContentDigest: Unchecked<[String: Any]>] {
        var result = previous
        lock.withLock {
            for page in pages {
                if let value = values[page.sourcePath] { result[Self.key(page, global)] = Unchecked(value: value) }
            }
        }
        let current = Set(pages.map { Self.key($0, global) })
        return result.filter { current.contains($0.key) }
    }
}
