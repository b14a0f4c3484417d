import Foundation

/// Runs numbered jobs on a fixed number of threads of its own (each job waits for a process,
/// and should not hold a thread of Swift's concurrency pool meanwhile), and collects the results.
final class FuzzPool<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next: Int
    private let end: Int
    private var results: [(Int, Result)] = []
    private var running: Int

    private init(range: Range<Int>, workers: Int) {
        next = range.lowerBound
        end = range.upperBound
        running = workers
    }

    /// Runs `job` for every number of `range`, on `workers` threads, and returns the non-nil
    /// results in the order of the numbers.
    static func run(_ range: Range<Int>, workers: Int, _ job: @escaping @Sendable (Int) -> Result?) async -> [Result] {
        let pool = FuzzPool(range: range, workers: workers)
        return await withCheckedContinuation { continuation in
            for _ in 0..<workers {
                Thread {
                    while let number = pool.take() {
                        if let result = job(number) { pool.add(number, result) }
                    }
                    if pool.finish() { continuation.resume(returning: pool.sorted()) }
                }.start()
            }
        }
    }

    private func take() -> Int? {
        lock.withLock {
            guard next < end else { return nil }
            defer { next += 1 }
            return next
        }
    }

    private func add(_ number: Int, _ result: Result) {
        lock.withLock { results.append((number, result)) }
    }

    /// True for the last thread to finish.
    private func finish() -> Bool {
        lock.withLock {
            running -= 1
            return running == 0
        }
    }

    private func sorted() -> [Result] {
        lock.withLock { results.sorted { $0.0 < $1.0 }.map(\.1) }
    }
}
