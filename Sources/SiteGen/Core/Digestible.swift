/// A value that a rendered file is made from, able to add itself to the file's key: a file whose
/// inputs add the same digest as last time need not be rendered again. A value adds everything
/// that can change what is made from it, and says first how much follows (a length, a count,
/// whether an optional holds a value), so that two different sequences of inputs of the same
/// types never add the same words.
protocol Digestible: Sendable {
    func add(to key: inout ContentDigest.Builder)
}

extension String: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(self)
    }
}

extension Int: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(self)
    }
}

extension ContentDigest: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(self)
    }
}

extension Optional: Digestible where Wrapped: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        switch self {
        case .some(let value):
            key.add(1)
            value.add(to: &key)
        case .none:
            key.add(0)
        }
    }
}

extension Array: Digestible where Element: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(count)
        for element in self { element.add(to: &key) }
    }
}
