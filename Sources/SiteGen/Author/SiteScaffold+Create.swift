import Foundation

extension SiteScaffold {
    /// `sitegen init DIR`: writes a new site into `folder`, which must not exist yet or be empty;
    /// otherwise nothing is written. Every file is created new, never over another, and a write
    /// that fails takes back what it made, so that no half site is left.
    public static func create(at folder: URL, now: Date = Date()) throws(BuildFailure) -> SiteScaffold {
        let path = folder.standardizedFileURL.path
        if let problem = refusal(path) { throw BuildFailure([problem]) }
        let scaffold = make(title: title(forFolder: folder.standardizedFileURL.lastPathComponent), now: now)
        var made: [(path: String, isFolder: Bool)] = []
        do {
            try makeFolders(path, made: &made)
            for file in scaffold.files {
                let url = URL(fileURLWithPath: path).appendingPathComponent(file.path)
                try makeFolders(url.deletingLastPathComponent().path, made: &made)
                try file.bytes.write(to: url, options: .withoutOverwriting)
                made.append((url.path, false))
            }
        } catch {
            // Only what this run made, folders only once empty: anything another program wrote
            // there meanwhile stays.
            for item in made.reversed() { _ = item.isFolder ? rmdir(item.path) : unlink(item.path) }
            throw BuildFailure([Diagnostic(file: path, message: "could not write the new site: \(error.localizedDescription)",
                                           hint: "nothing was left behind; check that the folder can be written, then run sitegen init again")])
        }
        return scaffold
    }

    /// Why `sitegen init` will not write into `path`, or nil when it is new or an empty folder.
    static func refusal(_ path: String) -> Diagnostic? {
        let hint = "sitegen init writes only into a new or empty folder, so that nothing there is overwritten; "
            + "choose a new name, like sitegen init my-site"
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            // A dangling symbolic link is not a new folder either.
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                return Diagnostic(file: path, message: "there is a symbolic link here, to nothing", hint: hint)
            }
            return nil
        }
        guard isFolder.boolValue else { return Diagnostic(file: path, message: "this is a file, not a folder", hint: hint) }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
        } catch {
            return Diagnostic(file: path, message: "could not read the folder: \(error.localizedDescription)")
        }
        guard !names.isEmpty else { return nil }
        let shown = names.prefix(3).map { "'\(Diagnostic.escapingControlCharacters($0))'" }
        let list = names.count > 3 ? shown.joined(separator: ", ") + " and \(names.count - 3) more"
            : shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: ", ") + " and " + shown.last!
        return Diagnostic(file: path, message: "the folder is not empty: it holds \(list)", hint: hint)
    }

    /// Makes `path` and whichever of its parents are missing, noting each one made.
    private static func makeFolders(_ path: String, made: inout [(path: String, isFolder: Bool)]) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { return }
        let parent = (path as NSString).deletingLastPathComponent
        if parent != path, !parent.isEmpty { try makeFolders(parent, made: &made) }
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        made.append((path, true))
    }
}
