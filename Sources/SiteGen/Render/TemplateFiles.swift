import Foundation

/// The theme's template files, `Templates/**/*.mustache` but `assets/`, walked as `Content/` is
/// (`FolderListing.walk`): a symbolic link is followed only to what lies inside the site's folder
/// or inside `Templates/` (which may itself be a link, to a shared theme). A template is shown on
/// every page, so a link to a file elsewhere on the machine must never be read, let alone
/// published or quoted in an error.
struct TemplateFiles {
    struct File {
        /// The template's name: its path in `Templates/` without the extension.
        var name: String
        /// Relative to the site's folder, for messages: `Templates/partials/x.mustache`.
        var path: String
    }

    var files: [File] = []
    /// Links that would make the walk endless.
    var errors: [Diagnostic] = []
    /// Links leading outside the site, left out.
    var warnings: [Diagnostic] = []
    /// The template names those links would have given, to explain an include of one.
    var linksOutside: Set<String> = []

    init(root: URL) {
        let folder = TemplateLibrary.folder
        let walk = FolderListing.walk(under: folder, in: root.standardizedFileURL.path)
        // Assets are copied as they are, by the build; their links are its to report.
        let assets = "\(folder)/assets/"
        files = walk.files.filter { !$0.hasPrefix(assets) && $0.hasSuffix(TemplateLibrary.fileExtension) }
            .map { File(name: Self.name(of: $0), path: $0) }
        for link in walk.skipped where !link.path.hasPrefix(assets) {
            switch link.reason {
            case .outside:
                if !link.isFolder, link.path.hasSuffix(TemplateLibrary.fileExtension) { linksOutside.insert(Self.name(of: link.path)) }
                // The target stays out of the message, as its text does.
                warnings.append(Diagnostic(
                    file: link.path, severity: .warning,
                    message: "a symbolic link to a \(link.isFolder ? "folder" : "file") outside the site; left out",
                    hint: ContentLoader.outsideLinkHint))
            case .loop:
                errors.append(Diagnostic(
                    file: link.path, message: "a symbolic link to a folder it lies in: following it would never end",
                    hint: "remove the link, or link to a folder that does not hold it"))
            case .tooManyLinkedFolders:
                errors.append(Diagnostic(
                    file: link.path,
                    message: "more than \(FolderListing.linkedFolderLimit) links to folders lead into one another; the walk stopped here",
                    hint: "link each folder once"))
            }
        }
    }

    /// `Templates/partials/x.mustache` → `partials/x`.
    private static func name(of path: String) -> String {
        String(path.dropFirst(TemplateLibrary.folder.count + 1).dropLast(TemplateLibrary.fileExtension.count))
    }
}
