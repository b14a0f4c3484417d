import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The only code that writes the site to disk. Everything it writes goes first to a staging
/// folder beside the output folder, and into the output only when all of it was written, so that
/// a failed build leaves the previous site exactly as it was.
public struct OutputWriter: Sendable {
    public let output: URL
    /// Lets a write remove or replace files in the output folder that sitegen did not write
    /// (`--clean-output`); without it, such files stop the build.
    public var replacesForeignFiles: Bool

    public init(output: URL, replacesForeignFiles: Bool = false) {
        self.output = output.standardizedFileURL
        self.replacesForeignFiles = replacesForeignFiles
    }

    /// What a write did.
    public struct Result: Sendable {
        /// Files created or replaced because their bytes changed.
        public var written: Int
        /// Files removed because the build no longer makes them.
        public var removed: Int
        /// The output folder's files as they now are.
        public var manifest: OutputManifest
        /// The paths written or removed.
        public var changed: [String] = []
        /// Noted on the folder when the write changed it.
        var stamp: CommitStamp?
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
        let lock = try lock()
        defer { lock.release() }
        let staging = try start(lock, previous: previous)
        do {
            return try finish(staging, files)
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Takes the output folder for this process alone, waiting for any other sitegen writing it
    /// (`waiting` says so), then finishes a commit that a killed sitegen left half done and
    /// clears what it left beside the folder. Held until released, from before anything reads
    /// what the folder holds until the last write.
    func lock(waiting: (String) -> Void = { _ in }) throws(BuildFailure) -> OutputLock {
        do {
            let lock = try OutputLock.acquire(OutputWorkFolder(output: output), waiting: waiting)
            do {
                try Self.finishInterruptedCommit(lock.folder)
            } catch {
                lock.release()
                throw error
            }
            return lock
        } catch {
            throw failure(error)
        }
    }

    private static func finishInterruptedCommit(_ folder: OutputWorkFolder) throws {
        if let journal = try CommitJournal.read(from: folder) {
            try journal.commit(output: folder.output, folder: folder)
        }
        folder.removeAllButLock()
        folder.removeLeftovers()
    }

    /// Finishes the commit a killed sitegen left in the output folder, if it left one; true if it
    /// did. For commands that read the output without writing it (`check`).
    public func finishInterruptedCommit() throws(BuildFailure) -> Bool {
        guard FileManager.default.fileExists(atPath: OutputWorkFolder(output: output).journal) else { return false }
        try lock().release()
        return true
    }

    /// Begins a write that `stage` feeds as files are rendered and `finish` completes; with `lock`
    /// held until then.
    func start(_ lock: OutputLock, previous: OutputManifest?) throws(BuildFailure) -> OutputStaging {
        do {
            return try OutputStaging(lock: lock, previous: previous, replacesForeignFiles: replacesForeignFiles)
        } catch {
            throw failure(error)
        }
    }

    /// Writes what changed among `files` to the staging folder; returns them without their bytes.
    func stage(_ staging: OutputStaging, _ files: [OutputFile]) throws(BuildFailure) -> [OutputFile] {
        try Self.checkContained(files)
        do {
            return try staging.stage(files)
        } catch {
            throw failure(error)
        }
    }

    /// Lets `staging` make the folders of files to come while they are rendered; `paths` is
    /// asked for only when the output folder is new (a rebuild's folders are there already).
    func expect(_ staging: OutputStaging, paths: () -> [String]) {
        guard staging.isNew else { return }
        staging.makeFoldersAhead(for: paths().filter(Self.isContained))
    }

    /// Stages the files not staged yet, then moves everything into place.
    func finish(_ staging: OutputStaging, _ files: [OutputFile]) throws(BuildFailure) -> Result {
        // Those staged already were checked then.
        try Self.checkContained(staging.unstaged(files))
        do {
            var result = try staging.finish(files)
            if result.written > 0 || result.removed > 0 { result.stamp = CommitStamp.note(on: output) }
            return result
        } catch let foreign as OutputStaging.ForeignFiles {
            throw BuildFailure([Self.diagnostic(foreign)])
        } catch {
            throw failure(error)
        }
    }

    /// Puts one file in place by itself (`serve`'s edited page, ahead of the rebuild that follows):
    /// written beside the output folder, then renamed over the file it replaces, so that a reader
    /// sees the old bytes or the new, never a part. Only a file the folder has already, so that
    /// no folder needs making. Returns false when the file already holds those bytes; `manifest`
    /// (the folder's) is brought up to date.
    func replace(_ file: OutputFile, in manifest: inout OutputManifest, _ lock: OutputLock) throws(BuildFailure) -> Bool {
        try Self.checkContained([file])
        guard let old = manifest.digests[file.path] else {
            throw BuildFailure([Diagnostic(file: file.source, message: "'\(file.path)' is not in the output folder yet")])
        }
        let temporary = URL(fileURLWithPath: lock.folder.path + "/edit")
        do {
            let data = try file.data()
            let digest = ContentDigest(data)
            guard digest != old else { return false }
            try Self.create(temporary.path, data, Record(madeFrom: file.madeFrom, digest: digest))
            try OutputTree.replace(output.appendingPathComponent(file.path), with: temporary)
            manifest.digests[file.path] = digest
            manifest.madeFrom[file.path] = file.madeFrom
            manifest.stamp = CommitStamp.note(on: output)
            return true
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw failure(error)
        }
    }

    /// Notes on the output folder what the build that just wrote it was made from, or, given
    /// nil, removes what an earlier build noted there.
    func recordBuild(_ record: BuildRecord?) {
        BuildRecord.note(record, on: output)
    }

    private static func checkContained(_ files: [OutputFile]) throws(BuildFailure) {
        for file in files where !isContained(file.path) {
            throw BuildFailure([Diagnostic(file: file.source, message: "refusing to write '\(file.path)' outside the output folder",
                                           hint: "slugs, aliases and paths must stay inside the site")])
        }
    }

    private static func diagnostic(_ foreign: OutputStaging.ForeignFiles) -> Diagnostic {
        let count = foreign.paths.count
        let shown = foreign.paths.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (count > 5 ? ", …" : "")
        return Diagnostic(
            file: foreign.output.path,
            message: "the output folder holds \(count) file\(count == 1 ? "" : "s") that sitegen did not write: \(shown)",
            hint: "sitegen removes or replaces only files it wrote; move them away, build into an empty or new folder, "
                + "or pass --clean-output to let this build remove or replace them")
    }

    private func failure(_ error: any Error) -> BuildFailure {
        BuildFailure([Diagnostic(file: output.path, message: "cannot write the site: \(error.localizedDescription)",
                                 hint: "check that the folder is writable and the disk is not full")])
    }

    /// What a file's `OutputRecord` will say, but its size and time, known once it is written.
    struct Record {
        var madeFrom: ContentDigest?
        var digest: ContentDigest
    }

    /// A plain write: the staging swap already makes the build atomic, so the temporary file and
    /// sync of `Data.write(to:)` would only slow every file down.
    static func create(_ path: String, _ data: Data, _ record: Record) throws {
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
        OutputRecord.note(descriptor: descriptor, madeFrom: record.madeFrom, digest: record.digest)
    }

    /// A second name for `source`, a file sitegen wrote, at `path`; false where the file system
    /// refuses (another device, no hard links, too many), and the caller copies instead.
    static func link(_ source: String, to path: String) -> Bool {
        Glibc.link(source, path) == 0
    }

    static func hasSameBytes(_ url: URL, _ data: Data) -> Bool {
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
        // On the bytes, without a string per segment: every output path is checked.
        var length = 0, dots = 0
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "/"):
                guard length > 0, dots < length || length > 2 else { return false }
                (length, dots) = (0, 0)
            case UInt8(ascii: "\\"), 0: return false
            case UInt8(ascii: "."):
                length += 1
                dots += 1
            default: length += 1
            }
        }
        return length > 0 && (dots < length || length > 2)
    }
}
