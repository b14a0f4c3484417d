import Foundation

/// The `page` value of each page, made the first time a render asks for it: a build whose files
/// are all unchanged makes none. Shared by every list showing a page, on all cores.
final class PageValues: @unchecked Sendable {
    private let lock = NSLock()
    /// By the page object, which its value holds: hashing a pointer costs a fraction of a path.
    private var values: [ObjectIdentifier: PageValue] = [:]
    private let previous: [ContentDigest: PageValue]
    private let global: ContentDigest
    let shared: Shared

    /// What every page's value draws on: the context, and each tag's value made once for all pages.
    final class Shared: @unchecked Sendable {
        let builder: ContextBuilder
        private let lock = NSLock()
        private var tags: [String: [String: Any]] = [:]

        init(_ builder: ContextBuilder) {
            self.builder = builder
        }

        func tag(_ name: String) -> [String: Any] {
            if let value = lock.withLock({ tags[name] }) { return value }
            let value = builder.tag(name)
            lock.withLock { tags[name] = value }
            return value
        }
    }

    /// `previous` holds the values of a previous build by `key`.
    init(context: ContextBuilder, global: ContentDigest, previous: [ContentDigest: PageValue]) {
        self.shared = Shared(context)
        self.global = global
        self.previous = previous
    }

    /// A page's value depends on the page and on the settings and templates (`global`).
    static func key(_ page: Page, _ global: ContentDigest) -> ContentDigest {
        var key = ContentDigest.Builder()
        key.add(global)
        key.add(page.digest)
        return key.digest
    }

    subscript(page: Page) -> PageValue {
        if let value = lock.withLock({ values[ObjectIdentifier(page)] }) { return value }
        // Made outside the lock; two threads may make the same page's, which is the same value.
        let value = previous[Self.key(page, global)] ?? PageValue(page, context: shared)
        lock.withLock { values[ObjectIdentifier(page)] = value }
        return value
    }

    /// The values made so far, by `key`, for the next build.
    func byKey(_ pages: [Page]) -> [ContentDigest: PageValue] {
        var result = previous
        lock.withLock {
            for page in pages {
                if let value = values[ObjectIdentifier(page)] { result[Self.key(page, global)] = value }
            }
        }
        let current = Set(pages.map { Self.key($0, global) })
        return result.filter { current.contains($0.key) }
    }
}
