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

    @inline(__always)
    init(_ value: Any) {
        let type = type(of: value)
        if type == String.self {
            self = .string(value as! String)
        } else if type == [String: Any].self {
            self = .dictionary(value as! [String: Any])
        } else if type == [String: String].self {
            self = .stringDictionary(value as! [String: String])
        } else if type == Int.self {
            self = .int(value as! Int)
        } else if type == Bool.self {
            self = .bool(value as! Bool)
        } else if type is MustacheObject.Type {
            // Cast the metatype, not the value: `as?` to a class would first bridge an array or
            // a dictionary to its Foundation class, copying it.
            self = .object(value as! MustacheObject)
        } else {
            self = .other(value)
        }
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

    /// True when no protocol cast can change what the value is.
    var isPlain: Bool {
        if case .other = self { false } else { true }
    }
}
