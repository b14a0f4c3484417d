import Dispatch

extension Array where Element: Sendable {
    /// Maps on all cores, keeping order. Work items are whole pages, large enough that
    /// the dispatch overhead does not matter.
    func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            // Each iteration writes only its own slot, so the unchecked sharing is sound.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: count) { i in
                (slots.baseAddress! + i).initialize(to: transform(self[i]))
            }
            initialized = count
        }
    }

    /// Like `concurrentMap`, in `chunks` runs of neighbouring elements, each run mapped on one
    /// thread with a `State` of its own (made by `start`) that it carries from one element to the next.
    func concurrentMap<T: Sendable, State>(chunks: Int = 16, start: @Sendable () -> State,
                                           _ transform: @Sendable (inout State, Element) -> T) -> [T] {
        let size = Swift.max(1, (count + chunks - 1) / chunks)
        let runs = Array<Int>(stride(from: 0, to: count, by: size))
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: runs.count) { run in
                var state = start()
                for i in runs[run]..<Swift.min(runs[run] + size, count) {
                    (slots.baseAddress! + i).initialize(to: transform(&state, self[i]))
                }
            }
            initialized = count
        }
    }
}
