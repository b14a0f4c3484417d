import Foundation

/// The changes a watcher has seen and not yet handed on: the union of their site-relative paths
/// (or "unknown") and when the burst began and was last added to. Filled from any thread.
final class PendingChanges: @unchecked Sendable {
    /// What the burst waits for: nothing pending, more quiet, or it is over.
    enum Due: Equatable {
        case idle
        case wait(until: ContinuousClock.Instant)
        case ready
    }

    /// One element after each change, so that an idle watcher can sleep until the next.
    let arrivals: AsyncStream<Void>
    private let arrival: AsyncStream<Void>.Continuation
    private let lock = NSLock()
    private var paths: Set<String> = []
    private var unknown = false
    private var first: ContinuousClock.Instant?
    private var last: ContinuousClock.Instant?

    init() {
        (arrivals, arrival) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
    }

    deinit { arrival.finish() }

    func record<S: Sequence<String>>(_ changed: S) {
        var any = false
        lock.withLock {
            for path in changed {
                paths.insert(path)
                any = true
            }
            if any { stamp() }
        }
        if any { arrival.yield() }
    }

    /// Events were lost (the kernel's queue overflowed, a folder could not be watched): any
    /// source may have changed.
    func recordUnknown() {
        lock.withLock {
            unknown = true
            stamp()
        }
        arrival.yield()
    }

    private func stamp() {
        let now = ContinuousClock.now
        if first == nil { first = now }
        last = now
    }

    /// The burst is over once nothing has been added for `quiet`, or once it has lasted
    /// `longest`, so that a long `git checkout` still rebuilds while it runs.
    func due(quiet: Duration, longest: Duration) -> Due {
        lock.withLock {
            guard let first, let last else { return .idle }
            let end = min(last + quiet, first + longest)
            return end <= .now ? .ready : .wait(until: end)
        }
    }

    /// Hands on the burst and starts afresh: its paths, or nil when unknown.
    func take() -> Set<String>? {
        lock.withLock {
            defer {
                paths = []
                unknown = false
                first = nil
                last = nil
            }
            return unknown ? nil : paths
        }
    }
}
