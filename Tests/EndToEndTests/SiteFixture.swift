import Foundation

/// A site written into a fresh temporary folder, for one test.
///
/// The site lives in `sandbox/site/`; the sandbox around it exists so that a test can snapshot
/// everything near the site and prove that nothing was written outside the output folder.
struct SiteFixture {
    /// The fresh folder that holds the site and anything a test builds beside it.
    let sandbox: URL
    /// The site's folder: `site.yaml`, `Content/`, `Templates/`.
    let root: URL

    /// The default output folder, `Public/` in the site's folder.
    var publicFolder: URL { root.appendingPathComponent("Public") }

    /// Creates the sandbox and writes `files`, keyed by path relative to the site's folder.
    init(_ files: [String: String]) throws {
        sandbox = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-e2e-\(UUID().uuidString)", isDirectory: true)
        root = sandbox.appendingPathComponent("site", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try write(files)
    }

    /// Writes (or overwrites) `files`, keyed by path relative to the site's folder.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// Deletes a file of the site, by path relative to the site's folder.
    func delete(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    /// Removes the whole sandbox.
    func remove() {
        try? FileManager.default.removeItem(at: sandbox)
    }

    /// Runs `sitegen build --root <site> <arguments>` from the sandbox.
    func build(_ arguments: String...) throws -> Sitegen.Run {
        try Sitegen.run(["build", "--root", root.path] + arguments, in: sandbox)
    }

    /// True when the site's folder holds a file or folder at `path`.
    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// The text of a file of the site (or of its output), by path relative to the site's folder.
    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// Names in the site's folder that a build's staging or swap step would leave behind.
    func leftoverBuildFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root.path)
            .filter { $0.contains(".staging-") || $0.contains(".old-") }
            .sorted()
    }
}
