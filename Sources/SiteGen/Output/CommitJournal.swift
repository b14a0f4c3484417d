import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The commit of a write into an existing output folder, as a list of steps written down before
/// the first is taken: remove each stale file, then move each staged file into place. A file is
/// replaced by a rename, so a reader sees its old bytes or its new ones; but the folder as a
/// whole is a mix while the steps run. If the process dies among them, the journal is still
/// there, and the next sitegen that takes the output's lock takes every step again before doing
/// anything else. Each step can be taken twice: a removed file is gone, a moved file is no
/// longer in staging. So a site is only ever seen mixed while some sitegen is committing it.
struct CommitJournal: Equatable, Sendable {
    enum Step: Equatable, Sendable {
        /// Remove `path` from the output, and the folders that leaves empty.
        case remove(path: String)
        /// Move the staged file named `staged` to `path` in the output.
        case place(staged: String, path: String)
    }

    var steps: [Step]

    /// Written whole to a temporary name, then renamed: a journal is there complete or not at all.
    func write(to folder: OutputWorkFolder) throws {
        let temporary = folder.journal + ".new"
        try encoded.write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, folder.journal) == 0 else { throw OutputTree.posixError(folder.journal) }
    }

    /// Takes every step, then removes the journal.
    func commit(output: URL, folder: OutputWorkFolder) throws {
        var emptied = Set<String>()
        for step in steps {
            switch step {
            case .remove(let path):
                var info = stat()
                let target = output.path + "/" + path
                // A folder stands there when a later step made one on an earlier attempt.
                if lstat(target, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                    guard unlink(target) == 0 || errno == ENOENT else { throw OutputTree.posixError(target) }
                }
                var parts = path.split(separator: "/").dropLast()
                while !parts.isEmpty, emptied.insert(parts.joined(separator: "/")).inserted { parts = parts.dropLast() }
            case .place(let staged, let path):
                let source = folder.staging.path + "/" + staged
                guard access(source, F_OK) == 0 else { continue }
                try OutputTree.replace(output.appendingFile(path), with: URL(fileURLWithPath: source))
            }
        }
        removeEmptyFolders(&emptied, in: output)
        guard unlink(folder.journal) == 0 || errno == ENOENT else { throw OutputTree.posixError(folder.journal) }
    }

    /// Deepest first, so that a folder is empty by the time its parent is tried; a folder with
    /// anything left in it stays.
    private func removeEmptyFolders(_ folders: inout Set<String>, in output: URL) {
        for folder in folders.sorted(by: { $0.utf8.count > $1.utf8.count }) { _ = rmdir(output.path + "/" + folder) }
        folders = []
    }

    /// The journal a killed commit left in `folder`, if there is one.
    static func read(from folder: OutputWorkFolder) throws -> CommitJournal? {
        guard let data = FileManager.default.contents(atPath: folder.journal) else { return nil }
        guard let journal = CommitJournal(encoded: data) else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(folder.journal) is not a sitegen commit journal"])
        }
        return journal
    }

    // One step a record: a letter, then its paths, each ended by a NUL byte, which no path holds.
    private var encoded: Data {
        var data = Data(Self.header.utf8)
        for step in steps {
            switch step {
            case .remove(let path): data.append(contentsOf: Array("r\0\(path)\0".utf8))
            case .place(let staged, let path): data.append(contentsOf: Array("p\0\(staged)\0\(path)\0".utf8))
            }
        }
        data.append(contentsOf: Array("end\0".utf8))
        return data
    }

    private static let header = "sitegen commit journal 1\0"

    private init?(encoded data: Data) {
        let fields = data.split(separator: 0, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
        guard fields.first.map({ $0 + "\0" }) == Self.header, fields.count >= 3, fields[fields.count - 2] == "end",
              fields.last == "" else { return nil }
        var steps: [Step] = []
        var index = 1
        while index < fields.count - 2 {
            switch fields[index] {
            case "r" where index + 1 < fields.count - 2:
                steps.append(.remove(path: fields[index + 1]))
                index += 2
            case "p" where index + 2 < fields.count - 2:
                steps.append(.place(staged: fields[index + 1], path: fields[index + 2]))
                index += 3
            default: return nil
            }
        }
        self.steps = steps
    }

    init(steps: [Step]) {
        self.steps = steps
    }
}
