//
// sitegen's addition to swift-mustache (see README.md); Apache-2.0 like the rest of this folder.
//

/// A value that answers for its children and transforms itself. The renderer recognises it by a
/// class cast, which compares type metadata, where a `MustacheParent` costs a lookup in the Swift
/// runtime's conformance cache, a table both rendering threads read and write. A subclass is
/// taken for a single value: it is never asked whether it is a sequence, a lambda, a custom
/// representation or custom renderable.
open class MustacheObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
    public init() {}

    open func child(named name: String) -> Any? { nil }

    open func transform(_ name: String) -> Any? { nil }

    open var description: String { "\(type(of: self))" }
}

/// The values templates see most, told apart by their type alone before the renderer falls back
/// to its protocol casts. Each case behaves exactly as the casts would have it: a string, an
/// integer or a Boolean conforms to none of the protocols but `MustacheTransformable`, a
/// `[String: Any]` or `[String: String]` is a `MustacheParent` and `MustacheTransformable` only.
enum MustacheValue {
    case string(String)
    case int(Int)
    case bool(Bool)
    case dictionary([String: Any])
    case stringDictionary([String: String])
    case object(MustacheObject)
    /// Anything else: the protocol casts decide.
    case other(Any)

    /// The case of `value`, from its type alone: no cast, which costs a call into the runtime.
    enum Kind {
        case string, int, bool, dictionary, stringDictionary, object, other
    }

    @inline(__always)
    static func kind(of value: Any) -> Kind {
        let type = type(of: value)
        if type == String.self { return .string }
        if type == [String: Any].self { return .dictionary }
        if type == [String: String].self { return .stringDictionary }
        if type == Int.self { return .int }
        if type == Bool.self { return .bool }
        // The metatype, not the value: `as?` to a class would first bridge an array or a
        // dictionary to its Foundation class, copying it.
        if type is MustacheObject.Type { return .object }
        return .other
    }

    /// True when no protocol cast can change what `value` is.
    @inline(__always)
    static func isPlain(_ value: Any) -> Bool {
        kind(of: value) != .other
    }

    init(_ value: Any) {
        self = Self.opening(value) ?? .other(value)
    }

    private static func opening(_ value: Any) -> MustacheValue? {
        _openExistential(value, do: openMustacheValue)
    }


    /// The text of `{{value}}` before escaping, when the type alone decides it.
    var plainText: String? {
        switch self {
        case .string(let string): string
        case .int(let int): String(int)
        case .bool(let bool): bool ? "true" : "false"
        case .object(let object): object.description
        case .dictionary, .stringDictionary, .other: nil
        }
    }
}

/// The value out of its existential box by its type: an `as!` cast of the box, even to the
/// type it holds, is a trip through the runtime's general dynamic cast.
private func openMustacheValue<T>(_ value: T) -> MustacheValue? {
    if T.self == String.self { return .string(unsafeBitCast(value, to: String.self)) }
    if T.self == [String: Any].self { return .dictionary(unsafeBitCast(value, to: [String: Any].self)) }
    if T.self == [String: String].self { return .stringDictionary(unsafeBitCast(value, to: [String: String].self)) }
    if T.self == Int.self { return .int(unsafeBitCast(value, to: Int.self)) }
    if T.self == Bool.self { return .bool(unsafeBitCast(value, to: Bool.self)) }
    if T.self is MustacheObject.Type { return .object(unsafeBitCast(value, to: MustacheObject.self)) }
    return nil
}
