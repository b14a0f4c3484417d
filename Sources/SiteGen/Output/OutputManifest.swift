import Foundation

/// What the output folder holds: each file's path and, where known, its content digest and
/// render key. With it a rebuild compares digests instead of reading files back, and knows which
/// files to remove. `serve` keeps the one its last write returned; a new process reads one from
/// the folder's `OutputRecord`s.
public struct OutputManifest: Sendable, Equatable {
    public var digests: [String: ContentDigest]
    /// Render keys of the files that have one.
    var madeFrom: [String: ContentDigest] = [:]
    /// Files in the folder whose digest is not known (no record, or one they no longer match):
    /// compared byte for byte.
    var unrecorded: Set<String> = []
    /// Those of `unrecorded` that never had a record: files sitegen did not write (or lost their
    /// records on the way, like a checkout or a copy), which a build replaces or removes only
    /// when told to.
    var foreign: Set<String> = []
    /// The folder's `CommitStamp` when this manifest was made by writing it.
    var stamp: CommitStamp?

    public init(digests: [String: ContentDigest] = [:]) {
        self.digests = digests
    }

    init(digests: [String: ContentDigest], unrecorded: Set<String>) {
        self.digests = digests
        self.unrecorded = unrecorded
    }

    var files: Set<String> { Set(digests.keys).union(unrecorded) }

    /// Of every path and digest; nil while a file's digest is unknown.
    var fingerprint: ContentDigest? {
        guard unrecorded.isEmpty else { return nil }
        // A sum of each file's digest, which no order of the files changes, so that no build,
        // not even one that changes nothing, sorts every path first.
        var sum: UInt64 = 0
        for (path, file) in digests {
            var entry = ContentDigest.Builder()
            entry.add(path)
            entry.add(file)
            sum &+= entry.digest.value
        }
        var digest = ContentDigest.Builder()
        digest.add(Int(truncatingIfNeeded: sum))
        digest.add(digests.count)
        return digest.digest
    }

    /// The manifest of `folder` as its files' records describe it; nil when there is no folder.
    static func read(from folder: URL) -> OutputManifest? {
        try? listing(folder)
    }

    /// The manifest of `folder` as its files' records describe it, or why it cannot be listed.
    static func listing(_ folder: URL) throws -> OutputManifest {
        let files = try OutputTree.files(in: folder)
        let paths = Array(files)
        let records = paths.concurrentMap { OutputRecord.read(path: folder.path + "/" + $0) }
        var manifest = OutputManifest()
        for (path, record) in zip(paths, records) {
            guard let record else {
                // What the person deploying put there, as before sites published the folder: not
                // the build's to compare, replace or remove.
                if path.hasPrefix(PublishedFiles.wellKnown + "/") { continue }
                manifest.unrecorded.insert(path)
                if !OutputRecord.isPresent(path: folder.path + "/" + path) { manifest.foreign.insert(path) }
                continue
            }
            manifest.digests[path] = record.digest
            if let key = record.madeFrom { manifest.madeFrom[path] = key }
        }
        return manifest
    }

    /// The files a renderer may reuse instead of rendering: those with a render key, whose bytes
    /// are in the folder, read only if a write ever needs them.
    func reusableFiles(in folder: URL) -> [String: OutputFile] {
        var files: [String: OutputFile] = [:]
        for (path, key) in madeFrom {
            var file = OutputFile(path: path, content: .copy(from: folder.appendingFile(path)), source: path)
            file.madeFrom = key
            file.digest = digests[path]
            files[path] = file
        }
        return files
    }
}
