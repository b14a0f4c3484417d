import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The folder beside an output folder where a build keeps what it needs while it writes:
/// `.Public.sitegen/` for `Public/`, holding the lock, the staging folder and the commit journal.
/// Beside rather than inside, so that nothing of it is ever deployed, and on the same file system,
/// so that a staged file moves into the output by a rename. It exists only while a sitegen writes
/// the output, or after one was killed, when the next one finishes or clears what it left.
struct OutputWorkFolder: Sendable {
    let output: URL
    let path: String

    init(output: URL) {
        self.output = output
        path = output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).sitegen"
    }

    var lockFile: String { path + "/lock" }
    var journal: String { path + "/journal" }
    var staging: URL { URL(fileURLWithPath: path + "/staging", isDirectory: true) }

    func make() throws {
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            // The output's parent is made as well, as `--output new/folder` asks.
            guard errno == ENOENT else { throw OutputTree.posixError(path) }
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            return
        }
    }

    /// Everything in the folder but the lock: what a finished or killed write left.
    func removeAllButLock() {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] where name != "lock" {
            try? FileManager.default.removeItem(atPath: path + "/" + name)
        }
    }

    /// Staging folders that earlier versions of sitegen left beside the output when killed
    /// (`.Public.staging-1234`, `.Public.edit-1234`); only called with the lock held.
    func removeLeftovers() {
        let parent = output.deletingLastPathComponent().path
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).edit-"]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? [] {
            guard let prefix = prefixes.first(where: name.hasPrefix),
                  !name.dropFirst(prefix.count).isEmpty, name.dropFirst(prefix.count).allSatisfy(\.isASCIIDigit) else { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + name)
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
