import Foundation
import Testing
@testable import SiteGen

/// A commit cut short after any of its steps is finished by the next sitegen that takes the
/// output's lock, and the folder then equals one written whole.
@Suite("Commit journal")
struct CommitJournalTests {
    static let old = ["index.html": "old home", "a/index.html": "A", "gone/index.html": "stale", "gone/deep/x.css": "stale",
                      "swap": "a file that becomes a folder", "keep.txt": "unchanged"]
    static let new = ["index.html": "new home", "a/index.html": "A2", "swap/index.html": "now a folder", "keep.txt": "unchanged",
                      "b/c/index.html": "new page"]

    static func files(_ tree: [String: String]) -> [OutputFile] {
        tree.keys.sorted().map { OutputFile(path: $0, text: tree[$0]!, source: "test") }
    }

    /// The steps of the commit from `old` to `new`, staged but not taken, as a killed build leaves them.
    static func stagedCommit(in output: URL) throws -> (CommitJournal, OutputWorkFolder) {
        try OutputWriter(output: output).write(files(old))
        let lock = try OutputWriter(output: output).lock()
        let staging = try OutputStaging(lock: lock, previous: nil, replacesForeignFiles: false)
        let folder = lock.folder
        _ = try staging.stage(files(new))
        // What `finish` writes down before its first step, read back as the next sitegen reads it.
        let stale = Set(old.keys).subtracting(new.keys).sorted()
        let staged = try FileManager.default.contentsOfDirectory(atPath: folder.staging.path).sorted { Int($0)! < Int($1)! }
        let changed = files(new).filter { old[$0.path] != new[$0.path] }.map(\.path)
        #expect(staged.count == changed.count)
        let journal = CommitJournal(steps: stale.map { .remove(path: $0) } + zip(staged, changed).map { .place(staged: $0, path: $1) })
        try journal.write(to: folder)
        #expect(try CommitJournal.read(from: folder) == journal, "the journal reads back as written")
        // The lock goes with the process; the work folder and its journal stay.
        lock.abandon()
        return (journal, folder)
    }

    @Test("killed after any step, the next sitegen finishes the commit", arguments: 0...7)
    func interrupted(after taken: Int) throws {
        let site = try TemporarySite(files: [:])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let (journal, folder) = try Self.stagedCommit(in: output)
        #expect(journal.steps.count == 7)
        // The first `taken` steps, as the killed process took them.
        try CommitJournal(steps: Array(journal.steps.prefix(taken))).commit(output: output, folder: folder)
        try journal.write(to: folder)

        #expect(try OutputWriter(output: output).finishInterruptedCommit())
        #expect(try OutputWriterTests.tree(output) == Self.new)
        #expect(try Self.folders(output) == ["a", "b", "b/c", "swap"], "no folder the old site needed is left empty")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "the work folder is gone")
        #expect(try !OutputWriter(output: output).finishInterruptedCommit(), "nothing is left to finish")
    }

    static func folders(_ root: URL) throws -> [String] {
        var folders: [String] = []
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let path = enumerator?.nextObject() as? String {
            if (enumerator?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { folders.append(path) }
        }
        return folders.sorted()
    }

    @Test("a journal that is not one stops the next sitegen rather than being guessed at")
    func corruptJournal() throws {
        let site = try TemporarySite(files: ["Public/index.html": "home"])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let folder = OutputWorkFolder(output: output)
        try folder.make()
        try Data("r\0index.html\0".utf8).write(to: URL(fileURLWithPath: folder.journal))
        #expect(throws: BuildFailure.self) { try OutputWriter(output: output).finishInterruptedCommit() }
        #expect(try OutputWriterTests.tree(output) == ["index.html": "home"])
    }
}
