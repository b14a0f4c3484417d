import Foundation

/// The `page` value of each page, made the first time a render asks for it: a build whose files
/// are all unchanged makes none. Shared by every list showing a page, on all cores.
final class PageValues: @unchecked Sendable {
    /// By the page object, which its value holds (hashing a pointer costs a fraction of a path), in
    /// shards with a lock each: every card of every list asks, from both rendering threads.
    private let shards = (0..<16).map { _ in Shard() }

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        var values: [ObjectIdentifier: PageValue] = [:]
    }

    private func shard(_ page: Page) -> Shard {
        // Objects are at least 16-byte aligned: the bits above those pick the shard.
        shards[Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(page)) >> 4) & 15]
    }
    private let previous: [ContentDigest: PageValue]
    let shared: Shared

    /// What every page's value draws on: the context, and each tag's value made once for all pages.
    final class Shared: @unchecked Sendable {
        let builder: ContextBuilder
        /// `Page.language` of the site's own pages.
        let language: String?
        private let lock = NSLock()
        private var tags: [String: [String: Any]] = [:]

        init(_ builder: ContextBuilder) {
            self.builder = builder
            language = builder.config.languageRoot == .root ? nil : builder.config.language
        }

        func tag(_ name: String) -> [String: Any] {
            if let value = lock.withLock({ tags[name] }) { return value }
            let value = builder.tag(name)
            lock.withLock { tags[name] = value }
            return value
        }
    }

    /// `previous` holds the values of a previous build with the same settings and templates (on
    /// which a value depends besides its page), by page digest.
    init(context: ContextBuilder, previous: [ContentDigest: PageValue]) {
        self.shared = Shared(context)
        self.previous = previous
    }

    subscript(page: Page) -> PageValue {
        let shard = shard(page)
        if let value = shard.lock.withLock({ shard.values[ObjectIdentifier(page)] }) { return value }
        // Made outside the lock; two threads may make the same page's, which is the same value.
        let value = previous[page.digest] ?? PageValue(page, context: shared)
        shard.lock.withLock { shard.values[ObjectIdentifier(page)] = value }
        return value
    }

    /// The values made so far, by page digest, for the next build.
    func byDigest(_ pages: [Page]) -> [ContentDigest: PageValue] {
        var result = previous
        for page in pages {
            let shard = shard(page)
            if let value = shard.lock.withLock({ shard.values[ObjectIdentifier(page)] }) { result[page.digest] = value }
        }
        let current = Set(pages.map(\.digest))
        return result.filter { current.contains($0.key) }
    }
}
