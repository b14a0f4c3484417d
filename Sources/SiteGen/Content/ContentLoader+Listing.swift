import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Which files under `Content/` are the site's pages: the walk of the folder, the links it
/// leaves out, and names that two files share.
extension ContentLoader {
    /// The Markdown files of one listing, and what it found wrong on the way.
    struct Listing {
        var paths: [String] = []
        /// Links that would make the walk endless.
        var errors: [Diagnostic] = []
        /// Links to files outside the site, left out.
        var warnings: [Diagnostic] = []
    }

    static let outsideLinkHint = "copy the file into the site's folder, or link to one inside it"

    /// Walks `Content/`. A link leading outside the site is left out, so that no file from
    /// elsewhere on the machine is published or quoted; one leading back into a folder around it
    /// is an error at the link.
    static func listing(root: URL) -> Listing {
        let walk = FolderListing.walk(under: folder, in: root.standardizedFileURL.path)
        var listing = Listing(paths: walk.files.filter { $0.hasSuffix(".md") })
        for link in walk.skipped {
            switch link.reason {
            case .outside:
                listing.warnings.append(Diagnostic(
                    file: link.path, severity: .warning,
                    message: "a symbolic link to a \(link.isFolder ? "folder" : "file") outside the site; left out",
                    hint: outsideLinkHint))
            case .loop(let target):
                listing.errors.append(Diagnostic(
                    file: link.path,
                    message: "a symbolic link to \(shown(target, root: root)), a folder it lies in: following it would never end",
                    hint: "remove the link, or link to a folder that does not hold it"))
            case .tooManyLinkedFolders:
                listing.errors.append(Diagnostic(
                    file: link.path,
                    message: "more than \(FolderListing.linkedFolderLimit) links to folders lead into one another; the walk stopped here",
                    hint: "link each folder once"))
            }
        }
        return listing
    }

    /// A folder the walk met, as the site names it when it lies in the site.
    private static func shown(_ target: String, root: URL) -> String {
        let names = [("", root.standardizedFileURL.path), (folder + "/", root.standardizedFileURL.path + "/" + folder)]
        for (name, path) in names.reversed() {
            guard let real = FolderListing.realPath(path) else { continue }
            if target == real { return name.isEmpty ? "the site's folder" : String(name.dropLast()) }
            if target.hasPrefix(real + "/") { return name + target.dropFirst(real.count + 1) }
        }
        return target
    }

    /// Two files whose names are one name in two Unicode forms (`é` as one character, or as `e`
    /// and an accent, as different systems save it) look alike, and Swift's strings, which
    /// compare such names as equal, would take them for one file.
    static func sameNameProblems(_ paths: [String], _ sources: [Source]) -> [Diagnostic] {
        // Sorted, so that equal names lie side by side.
        paths.indices.dropFirst().filter { paths[$0] == paths[$0 - 1] }.map { index in
            let (first, second) = (paths[index - 1], paths[index])
            var message = "\(first) (\(form(of: first))) and \(second) (\(form(of: second))) are one name in two Unicode forms"
            if case .success(.page(let one)) = sources[index - 1].parsed, case .success(.page(let other)) = sources[index].parsed,
               one.outputPath == other.outputPath {
                message = "\(first) (\(form(of: first))) and \(second) (\(form(of: second))) would both write /\(one.outputPath.components.joined(separator: "/"))/"
            }
            return Diagnostic(file: second, message: message,
                              hint: "their names differ only in how accented letters are stored; keep one of the two files")
        }
    }

    private static func form(of name: String) -> String {
        if name.utf8.elementsEqual(name.precomposedStringWithCanonicalMapping.utf8) { return "composed" }
        if name.utf8.elementsEqual(name.decomposedStringWithCanonicalMapping.utf8) { return "decomposed" }
        return "partly composed"
    }

    /// Whether `location` is a symbolic link to a file inside the site.
    static func isLinkInsideSite(_ location: String, root: URL) -> Bool {
        linkTarget(location, root: root) == true
    }

    /// Whether `location` is a symbolic link to a file outside the site.
    static func isLinkOutsideSite(_ location: String, root: URL) -> Bool {
        linkTarget(location, root: root) == false
    }

    /// Nil when `location` is not a link that leads to a file; else whether it leads inside the
    /// site's folder or `Content/`, as the walk judges it.
    private static func linkTarget(_ location: String, root: URL) -> Bool? {
        var info = stat()
        guard lstat(location, &info) == 0, info.st_mode & S_IFMT == S_IFLNK, let target = FolderListing.realPath(location) else { return nil }
        let site = root.standardizedFileURL.path
        return [site, site + "/" + folder].compactMap(FolderListing.realPath).contains { target.hasPrefix($0 == "/" ? "/" : $0 + "/") }
    }

    /// The Markdown files after `changed`, worked out from `previous` without listing the folder;
    /// nil when a folder, a link, or a name another file has in another Unicode form was among the
    /// changes (then the folder is listed).
    static func knownFiles(root: URL, previous: [String: Source], changed: Set<String>) -> [String]? {
        var paths = Set(previous.keys)
        for path in changed where path == folder || path.hasPrefix(folder + "/") {
            let name = (path as NSString).lastPathComponent
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
            if isFolder.boolValue || !exists && paths.contains(where: { $0.hasPrefix(path + "/") }) { return nil }
            guard name.hasSuffix(".md"), !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) else { continue }
            if let known = paths.firstIndex(of: path), !paths[known].utf8.elementsEqual(path.utf8) { return nil }
            if passesThroughLink(path, root: root) { return nil }
            if exists { paths.insert(path) } else { paths.remove(path) }
        }
        return paths.sorted()
    }

    /// Whether `path` (under `Content/`) or a folder on its way is a symbolic link.
    private static func passesThroughLink(_ path: String, root: URL) -> Bool {
        var location = root.standardizedFileURL.path + "/" + folder
        for part in path.split(separator: "/").dropFirst() {
            location += "/" + part
            var info = stat()
            if lstat(location, &info) == 0, info.st_mode & S_IFMT == S_IFLNK { return true }
        }
        return false
    }
}
