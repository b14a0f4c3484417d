/// A check that could not run, with a message that says what to do about it.
///
/// Thrown rather than recorded as a skip: CI installs every tool these checks need, so a
/// missing one is a broken set-up that must show up as a failure.
struct SiteCheckError: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
