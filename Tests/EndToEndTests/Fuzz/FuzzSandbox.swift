import Foundation

/// The folder one case runs in: `site/` (the mutated site, built into `site/Public/`) and
/// `outside/` (files the mutated links point to; their marker must never be published).
struct FuzzSandbox {
    /// Text of every outside file, searched for in what a build printed and wrote.
    static let outsideMarker = "OUTSIDE-THE-SITE-5b1f"

    static let outsideFiles: [String: String] = [
        "outside/secret.md": "---\ntitle: \(outsideMarker)\ndate: 2026-01-01\n---\n\(outsideMarker)\n",
        "outside/secret.mustache": "\(outsideMarker){{page.title}}\n",
        "outside/page.md": "---\ntitle: Outside page\ndate: 2026-01-02\n---\n\(outsideMarker)\n",
    ]

    let folder: URL
    var root: URL { folder.appendingPathComponent("site", isDirectory: true) }
    var output: URL { root.appendingPathComponent("Public", isDirectory: true) }

    /// Writes `site` and the outside files into `folder`, which must not exist yet. Returns the
    /// paths that could not be written (a file where an earlier mutation needs a folder).
    static func write(_ site: FuzzSite, into folder: URL) throws -> FuzzSandbox {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var sandbox = FuzzSite()
        for (path, text) in outsideFiles.sorted(by: { $0.key < $1.key }) { sandbox[path] = .file(Array(text.utf8)) }
        for path in site.paths { sandbox["site/" + path] = site[path] }
        // Files first, links and pipes last, so that no file is written through a link.
        let ordered = sandbox.paths.filter { sandbox.bytes($0) != nil } + sandbox.paths.filter { sandbox.bytes($0) == nil }
        for path in ordered {
            let full = folder.path + "/" + path
            makeParents(of: full)
            switch sandbox[path]! {
            case .file(let bytes):
                let descriptor = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
                guard descriptor >= 0 else { continue }
                _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
                close(descriptor)
            case .link(let target):
                _ = symlink(target, full)
            case .fifo:
                _ = mkfifo(full, 0o644)
            }
        }
        return FuzzSandbox(folder: folder)
    }

    private static func makeParents(of path: String) {
        var prefix = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: false).dropLast() {
            prefix += (prefix.isEmpty && part.isEmpty ? "" : "/") + part
            if !prefix.isEmpty { _ = mkdir(prefix, 0o755) }
        }
    }

    /// Removes the sandbox.
    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }
}
