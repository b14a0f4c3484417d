/// The state every open page shares: the count of finished builds, the errors of the last one,
/// and the event streams to tell pages about the next.
actor ReloadHub {
    /// One finished build, as open pages hear of it.
    struct Reload: Sendable, Equatable {
        var generation: Int
        /// The output files the build wrote or removed; a page reloads only when it is one of them.
        /// Nil tells every page to reload: the errors shown changed, or a file every page may use
        /// (a style sheet, a script, an image) did.
        var files: [String]?
    }

    private var listeners: [Int: AsyncStream<Reload>.Continuation] = [:]
    private var nextListener = 0
    private(set) var generation = 0
    /// The last rebuild's errors (`file:line:col: error: …`), or nil when it succeeded.
    private(set) var errors: String?

    /// A stream of finished builds, starting with the next.
    func subscribe() -> (id: Int, events: AsyncStream<Reload>) {
        // Every event is kept: dropping one could drop the page a listener shows.
        let (stream, continuation) = AsyncStream<Reload>.makeStream()
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Records a finished rebuild that changed `files` (nil: unknown) and tells every open page.
    func finished(errors: String?, files: [String]? = nil) {
        let everyPage = errors != nil || self.errors != nil || files.map { !$0.allSatisfy(Self.concernsOnePage) } ?? true
        self.errors = errors
        generation += 1
        let reload = Reload(generation: generation, files: everyPage ? nil : files)
        for continuation in listeners.values { continuation.yield(reload) }
    }

    /// A page's own HTML, or data only a page that fetches it uses (feeds, sitemap, search index).
    static func concernsOnePage(_ path: String) -> Bool {
        [".html", ".xml", ".json", ".txt"].contains { path.hasSuffix($0) }
    }

    var listenerCount: Int { listeners.count }

    func finishAll() {
        for continuation in listeners.values { continuation.finish() }
        listeners.removeAll()
    }
}
