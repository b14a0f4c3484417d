/// The state every open page shares: the count of finished builds, the errors of the last one,
/// and the event streams to tell pages about the next.
actor ReloadHub {
    private var listeners: [Int: AsyncStream<Int>.Continuation] = [:]
    private var nextListener = 0
    private(set) var generation = 0
    /// The last rebuild's errors (`file:line:col: error: …`), or nil when it succeeded.
    private(set) var errors: String?

    /// A stream of build generations, starting with the next finished build.
    func subscribe() -> (id: Int, events: AsyncStream<Int>) {
        let (stream, continuation) = AsyncStream<Int>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let id = nextListener
        nextListener += 1
        listeners[id] = continuation
        return (id, stream)
    }

    func unsubscribe(_ id: Int) {
        listeners.removeValue(forKey: id)?.finish()
    }

    /// Records a finished rebuild and tells every open page.
    func finished(errors: String?) {
        self.errors = errors
        generation += 1
        for continuation in listeners.values { continuation.yield(generation) }
    }

    var listenerCount: Int { listeners.count }

    func finishAll() {
        for continuation in listeners.values { continuation.finish() }
        listeners.removeAll()
    }
}
