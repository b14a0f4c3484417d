import Foundation

/// Runs the blocking work of a build on a thread of its own. A build takes from milliseconds to
/// minutes and never yields: on Swift's task pool, which has a thread per core, it would hold
/// one of the threads that answer requests, stream reload events and watch the sources, and
/// two at once (or one beside a busy machine) would stop them all until it ended.
enum BuildThread {
    static let name = "sitegen build"
    /// As large as a main thread's, where `sitegen build` runs the same work.
    static let stackSize = 8 << 20

    static func run<Result: Sendable>(_ work: @escaping @Sendable () -> Result) async -> Result {
        await withCheckedContinuation { continuation in
            let thread = Thread { continuation.resume(returning: work()) }
            thread.name = name
            thread.stackSize = stackSize
            thread.start()
        }
    }
}
