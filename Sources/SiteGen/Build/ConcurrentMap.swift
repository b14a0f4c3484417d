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
}
