import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only code that writes the site to disk. Everything it writes goes first to a staging
/// folder beside the output folder, and into the output only when all of it was written, so that
/// a failed build leaves the previous site exactly as it was.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// What a write did.
    public struct Result: Sendable {
        /// Files created or replaced because their bytes changed.
        public var written: Int
        /// Files removed because the build no longer makes them.
        public var removed: Int
        /// The output folder's files as they now are.
        public var manifest: OutputManifest
    }

    /// Makes the output folder hold exactly `files`. Every changed file is first written to a
    /// staging folder beside the output; only when all of them are written are they renamed into
    /// place, so a failure (a full disk, say) leaves the previous site as it was. A file whose
    /// bytes did not change is not touched at all: its modification time stays, which rsync and
    /// CDNs use to skip it. Top-level names starting with `.` (`.git`, `.well-known`) are kept.
    ///
    /// `previous` describes the folder as it is: the manifest of this process's last write into
    /// it (`serve`), or one read from the files' records. Without it, the folder is listed and
    /// compared byte for byte. Every file written gets an `OutputRecord`.
    @discardableResult
    public func write(_ files: [OutputFile], previous: OutputManifest? = nil) throws(BuildFailure) -> Result {
        for file in files where !Self.isContained(file.path) {
            throw BuildFailure([Diagnostic(file: file.source, message: "refusing to write '\(file.path)' outside the output folder",
                                           hint: "slugs, aliases and paths must stay inside the site")])
        }
        let staging = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).staging-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            // A file reused from the previous build has its digest; its bytes are read only if written.
            let digests = try files.concurrentMap { file in
                Swift.Result<ContentDigest, any Error>(catching: { try file.digest ?? ContentDigest(file.data()) })
            }.map { try $0.get() }
            var manifest = OutputManifest()
            for (file, digest) in zip(files, digests) {
                manifest.digests[file.path] = digest
                if let key = file.renderKey { manifest.renderKeys[file.path] = key }
            }
            let records = zip(files, digests).map { Record(renderKey: $0.renderKey, digest: $1) }
            try? FileManager.default.removeItem(at: staging)
            defer { try? FileManager.default.removeItem(at: staging) }

            guard FileManager.default.fileExists(atPath: output.path) else {
                try Self.writeTree(files, records, into: staging)
                try FileManager.default.moveItem(at: staging, to: output)
                return Result(written: files.count, removed: 0, manifest: manifest)
            }
            let folder = try previous ?? OutputManifest(digests: [:], unrecorded: OutputTree.files(in: output))
            let existing = folder.files
            let changed = files.indices.filter { index in
                let path = files[index].path
                if let digest = folder.digests[path], digest == digests[index] {
                    // The same bytes from other inputs (another sitegen, say): the record must say so.
                    if folder.renderKeys[path] != records[index].renderKey {
                        OutputRecord.note(path: output.appendingPathComponent(path).path, renderKey: records[index].renderKey, digest: digest)
                    }
                    return false
                }
                if folder.digests[path] != nil { return true }
                guard existing.contains(path), let data = try? files[index].data(),
                      Self.hasSameBytes(output.appendingPathComponent(path), data) else { return true }
                // The same bytes without a record: note one, so that the next build need not read it.
                OutputRecord.note(path: output.appendingPathComponent(path).path, renderKey: records[index].renderKey, digest: digests[index])
                return false
            }
            // Stage every changed file before touching the output: a failure here changes nothing.
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            let failures = changed.concurrentMap { index in
                Swift.Result<Void, any Error>(catching: {
                    try Self.create(staging.appendingPathComponent(String(index)).path, files[index].data(), records[index])
                })
            }
            for failure in failures { try failure.get() }
            // Stale files go first: one may stand where a new file's folder must be made.
            let stale = existing.subtracting(files.map(\.path))
            try OutputTree.remove(stale.sorted(), from: output)
            for index in changed {
                try OutputTree.replace(output.appendingPathComponent(files[index].path),
                                       with: staging.appendingPathComponent(String(index)))
            }
            return Result(written: changed.count, removed: stale.count, manifest: manifest)
        } catch {
            throw BuildFailure([Diagnostic(file: output.path, message: "cannot write the site: \(error.localizedDescription)",
                                           hint: "check that the folder is writable and the disk is not full")])
        }
    }

    /// What a file's `OutputRecord` will say, but its size and time, known once it is written.
    struct Record {
        var renderKey: ContentDigest?
        var digest: ContentDigest
    }

    /// A new folder holding `paths` with `contents`: the first build into an output folder.
    private static func writeTree(_ files: [OutputFile], _ records: [Record], into folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try OutputTree.makeFolders(for: files.map(\.path), in: folder)
        let failures = Array(files.indices).concurrentMap { index in
            Swift.Result<Void, any Error>(catching: {
                try create(folder.appendingPathComponent(files[index].path).path, files[index].data(), records[index])
            })
        }
        for failure in failures { try failure.get() }
    }

    /// A plain write: the staging swap already makes the build atomic, so the temporary file and
    /// sync of `Data.write(to:)` would only slow every file down.
    private static func create(_ path: String, _ data: Data, _ record: Record) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
        OutputRecord.note(descriptor: descriptor, renderKey: record.renderKey, digest: record.digest)
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
