import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only code that writes the site to disk. It builds into a staging folder beside the output
/// folder and swaps it in only when every file was written, so that a failed build leaves the
/// previous site exactly as it was.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Writes `files` as the whole new content of the output folder; returns how many were written.
    @discardableResult
    public func write(_ files: [OutputFile]) throws(BuildFailure) -> Int {
        for file in files where !Self.isContained(file.path) {
            throw BuildFailure([Diagnostic(file: file.source, message: "refusing to write '\(file.path)' outside the output folder",
                                           hint: "slugs, aliases and paths must stay inside the site")])
        }
        let fileManager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let staging = parent.appendingPathComponent(".\(name).staging-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = parent.appendingPathComponent(".\(name).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try? fileManager.removeItem(at: staging)
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            try writeFiles(files, into: staging)
            if fileManager.fileExists(atPath: output.path) {
                try? fileManager.removeItem(at: retired)
                try fileManager.moveItem(at: output, to: retired)
                try fileManager.moveItem(at: staging, to: output)
                try? fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: staging, to: output)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw BuildFailure([Diagnostic(file: output.path, message: "cannot write the site: \(error.localizedDescription)",
                                           hint: "check that the folder is writable and the disk is not full")])
        }
        return files.count
    }

    private func writeFiles(_ files: [OutputFile], into folder: URL) throws {
        var folders = Set<String>()
        for file in files {
            var parts = file.path.split(separator: "/").dropLast()
            while !parts.isEmpty, folders.insert(parts.joined(separator: "/")).inserted {
                parts = parts.dropLast()
            }
        }
        for relative in folders.sorted() {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(relative), withIntermediateDirectories: true)
        }
        let previous = output
        let failures = files.concurrentMap { file -> String? in
            let target = folder.appendingPathComponent(file.path)
            do {
                let data: Data
                switch file.content {
                case .bytes(let bytes): data = bytes
                case .copy(let source): data = try Data(contentsOf: source)
                }
                // A file whose bytes did not change keeps its inode, and so its modification
                // time, which rsync and CDNs use to skip it; the staging swap stays atomic.
                let old = previous.appendingPathComponent(file.path)
                if Self.hasSameBytes(old, data), link(old.path, target.path) == 0 { return nil }
                try data.write(to: target)
                return nil
            } catch {
                return "\(file.path): \(error.localizedDescription)"
            }
        }
        if let failure = failures.compactMap({ $0 }).first {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: failure])
        }
    }

    private static func hasSameBytes(_ url: URL, _ data: Data) -> Bool {
        guard let size = (try? FileManager.default.attributesOfItem(atPath: url.path))?[.size] as? Int,
              size == data.count else { return false }
        return (try? Data(contentsOf: url)) == data
    }

    /// Writes one new source file (`sitegen new`), never replacing an existing one.
    public static func createNewFile(_ text: String, at url: URL) throws(Diagnostic) {
        let path = url.path
        if FileManager.default.fileExists(atPath: path) {
            throw Diagnostic(file: path, message: "the file already exists; sitegen new never overwrites", hint: "choose another slug, or edit the file")
        }
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .withoutOverwriting)
        } catch {
            throw Diagnostic(file: path, message: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// True for a relative path whose every segment is a real name: no `..`, `.`, empty segment,
    /// absolute path or backslash.
    static func isContained(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
