/// Lets values that are not `Sendable` (the `[String: Any]` contexts templates take) be built once
/// and read from the render threads; they are never mutated after they are built.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
}
