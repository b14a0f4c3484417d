import Foundation

/// The files a site publishes beside its pages rather than making them: those in the folder of a
/// page that is a folder (`Content/<section>/<slug>/photo.jpg`, beside its `index.md`), and those
/// under `Static/`, copied to the site's root as they are.
public struct PublishedFiles: Sendable {
    public static let staticFolder = "Static"
    /// The one hidden folder a site publishes: hosts and browsers look for it by that name
    /// (security.txt, ACME challenges, app links).
    public static let wellKnown = ".well-known"

    /// Site-relative paths of the files in each page's folder, by the page's source path
    /// (`Content/<section>/<slug>/index.md`), sorted.
    public var besidePages: [String: [String]] = [:]
    /// Site-relative paths of the files under `Static/`, sorted.
    public var staticFiles: [String] = []

    public init() {}

    /// Lists both folders. Hidden files and folders are the tools' (`.git`, `.DS_Store`), but for
    /// `Static/.well-known/`; links are followed only as far as the content loader follows them.
    public static func list(root: URL) -> PublishedFiles {
        let rootPath = root.standardizedFileURL.path
        var files = PublishedFiles()
        for path in FolderListing.files(under: ContentLoader.folder, in: rootPath) where !path.hasSuffix(".md") {
            let parts = path.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
            // Content/<section>/<slug>/<file…>: beside that page, if the folder is one.
            guard parts.count == 4 else { continue }
            let page = parts[0..<3].joined(separator: "/") + "/" + SourceFile.bundleFile
            files.besidePages[page, default: []].append(path)
        }
        let wellKnown = staticFolder + "/" + wellKnown
        files.staticFiles = (FolderListing.files(under: staticFolder, in: rootPath) + FolderListing.files(under: wellKnown, in: rootPath)).sorted()
        return files
    }

    /// Where a file beside a page is published: its path below the page's folder, below the
    /// page's own URL (`articles/x/photo.jpg`).
    public static func outputPath(of file: String, besidePage folder: OutputPath) -> String {
        let below = file.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false).last.map(String.init) ?? file
        return (folder.components + [below]).joined(separator: "/")
    }

    /// Where a file of `Static/` is published: the same path from the site's root.
    public static func outputPath(ofStatic file: String) -> String {
        String(file.dropFirst(staticFolder.count + 1))
    }
}
