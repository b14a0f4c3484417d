import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One write of the output folder, fed as files are rendered so that their bytes need not all
/// be held until the end: each changed file goes to a staging folder beside the output at once,
/// and the build keeps only its path and digest. `finish` then moves everything into place;
/// `discard` (a failed build) removes the staging folder and leaves the output as it was.
final class OutputStaging: @unchecked Sendable {
    let output: URL
    let work: OutputWorkFolder
    var staging: URL { work.staging }
    /// No output folder yet: files are staged as the tree they will be, and the folder renamed.
    let isNew: Bool
    /// Lets the commit remove or replace files that sitegen did not write.
    let replacesForeignFiles: Bool
    /// The output folder as it is, when it exists.
    private let folder: OutputManifest
    private var manifest = OutputManifest()
    /// Where each changed file waits, by its path in the output.
    private var staged: [String: String] = [:]
    /// Files without a record that already hold the bytes this build makes: sitegen's own,
    /// copied or checked out without their records.
    private var adopted: Set<String> = []
    private var madeFolders: Set<String> = []
    private let folderLock = NSLock()
    /// The folders made ahead of their files, on a thread of their own.
    private let ahead = DispatchGroup()

    /// Only with `lock` held: the staging folder is the lock's.
    init(lock: OutputLock, previous: OutputManifest?, replacesForeignFiles: Bool) throws {
        work = lock.folder
        output = work.output
        self.replacesForeignFiles = replacesForeignFiles
        isNew = !FileManager.default.fileExists(atPath: output.path)
        folder = isNew ? OutputManifest() : try previous ?? OutputManifest.listing(output)
        try? FileManager.default.removeItem(at: staging)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        manifest.digests.reserveCapacity(folder.digests.count)
        manifest.madeFrom.reserveCapacity(folder.madeFrom.count)
    }

    /// Stages what changed among `files` and returns them without their bytes: a staged file
    /// refers to its staged copy, an unchanged one to the output's.
    func stage(_ files: [OutputFile]) throws -> [OutputFile] {
        // A file reused from the previous build has its digest; its bytes are read only if written.
        let digests = try files.concurrentMap { file in
            Swift.Result<ContentDigest, any Error>(catching: { try file.digest ?? ContentDigest(file.data()) })
        }.map { try $0.get() }
        let changed = files.indices.filter { isChanged(files[$0], digest: digests[$0]) }
        let targets = changed.enumerated().map { isNew ? files[$1].path : String(staged.count + $0) }
        let failures = Array(zip(changed, targets)).concurrentMap { index, target in
            Swift.Result<Void, any Error>(catching: {
                // On the writing threads: mkdir in one folder waits on that folder's lock, and
                // meanwhile files go into the folders made already, rather than one thread
                // making every folder while the other waits.
                if isNew { try makeFolders(for: target) }
                let path = staging.path + "/" + target
                if case .linked(let source) = files[index].content, OutputWriter.link(source, to: path) {
                    OutputRecord.note(path: path, madeFrom: files[index].madeFrom, digest: digests[index])
                    return
                }
                try OutputWriter.create(path, files[index].data(), OutputWriter.Record(madeFrom: files[index].madeFrom, digest: digests[index]))
            })
        }
        for failure in failures { try failure.get() }
        var result = files
        for (index, target) in zip(changed, targets) {
            staged[files[index].path] = target
            result[index].content = .copy(from: staging.appendingFile(target))
        }
        for index in files.indices {
            let path = files[index].path
            manifest.digests[path] = digests[index]
            manifest.madeFrom[path] = files[index].madeFrom
            result[index].digest = digests[index]
            // Not staged: the output holds these bytes already, and they are not held twice.
            if staged[path] == nil { result[index].content = .copy(from: output.appendingFile(path)) }
        }
        return result
    }

    private func isChanged(_ file: OutputFile, digest: ContentDigest) -> Bool {
        guard !isNew else { return true }
        let path = file.path
        let location = output.appendingFile(path).path
        if let old = folder.digests[path], old == digest {
            // The same bytes from other inputs (another sitegen, say): the record must say so.
            if folder.madeFrom[path] != file.madeFrom { OutputRecord.note(path: location, madeFrom: file.madeFrom, digest: digest) }
            return false
        }
        guard folder.digests[path] == nil, folder.unrecorded.contains(path), let data = try? file.data(),
              OutputWriter.hasSameBytes(URL(fileURLWithPath: location), data) else { return true }
        // The same bytes without a record: note one, so that the next build need not read it.
        adopted.insert(path)
        OutputRecord.note(path: location, madeFrom: file.madeFrom, digest: digest)
        return false
    }

    /// Starts making, on a thread of its own, the folders that files at `paths` will need, while
    /// the files are still being rendered. A new site's pages each have a folder, all in one
    /// section folder, whose lock lets one `mkdir` in it at a time: made while the files are
    /// written, they kept one writing thread waiting on the other.
    func makeFoldersAhead(for paths: [String]) {
        DispatchQueue.global().async(group: ahead) { [self] in
            for path in paths { try? makeFolders(for: path) }
        }
    }

    /// Makes the folders `path` needs, from any thread; two threads may make the same one, which
    /// `makeFolder` allows.
    private func makeFolders(for path: String) throws {
        var parts = path.split(separator: "/").dropLast()
        var missing: [String] = []
        while !parts.isEmpty, !folderLock.withLock({ madeFolders.contains(parts.joined(separator: "/")) }) {
            missing.append(parts.joined(separator: "/"))
            parts = parts.dropLast()
        }
        for folder in missing.reversed() {
            try OutputTree.makeFolder(staging.path + "/" + folder)
            folderLock.withLock { _ = madeFolders.insert(folder) }
        }
    }

    /// Those of `files` not staged yet.
    func unstaged(_ files: [OutputFile]) -> [OutputFile] {
        files.filter { manifest.digests[$0.path] == nil }
    }

    /// Moves the staged files into place and removes the files no longer built; `files` is every
    /// file of the build, staged already or not. Into an existing folder, through a
    /// `CommitJournal`, so that a commit cut short is finished by the next sitegen.
    func finish(_ files: [OutputFile]) throws -> OutputWriter.Result {
        ahead.wait()
        let rest = unstaged(files)
        if !rest.isEmpty { _ = try stage(rest) }
        let foreign = folder.foreign.subtracting(adopted)
        if !foreign.isEmpty, !replacesForeignFiles { throw ForeignFiles(output: output, paths: foreign.sorted()) }
        if isNew {
            guard rename(staging.path, output.path) == 0 else { throw OutputTree.posixError(output.path) }
            return OutputWriter.Result(written: staged.count, removed: 0, manifest: manifest, changed: files.map(\.path))
        }
        // Stale files go first: one may stand where a new file's folder must be made.
        let stale = folder.files.subtracting(files.map(\.path)).sorted()
        let placed = staged.sorted { $0.key < $1.key }
        let journal = CommitJournal(steps: stale.map { .remove(path: $0) } + placed.map { .place(staged: $0.value, path: $0.key) })
        if !journal.steps.isEmpty {
            try journal.write(to: work)
            try journal.commit(output: output, folder: work)
        }
        discard()
        return OutputWriter.Result(written: staged.count, removed: stale.count, manifest: manifest,
                                   changed: placed.map(\.key) + stale)
    }

    func discard() {
        ahead.wait()
        try? FileManager.default.removeItem(at: staging)
    }

    /// The output folder holds files that no sitegen wrote, which a commit would remove or replace.
    struct ForeignFiles: Error {
        let output: URL
        let paths: [String]
    }
}
