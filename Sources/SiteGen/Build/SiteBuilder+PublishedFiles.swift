import Foundation

/// The files published as they are: beside the pages that are folders, and `Static/`.
extension SiteBuilder {
    /// Each file beside a published page (not a draft's) and each file of `Static/`, copied as
    /// it is, but those in `made` (output paths another step makes from them, like images).
    static func publishedFiles(_ listed: PublishedFiles, site: Site, root: URL, made: Set<String> = []) -> [OutputFile] {
        var files: [OutputFile] = []
        for page in site.pages {
            for source in listed.besidePages[page.sourcePath] ?? [] {
                let path = PublishedFiles.outputPath(of: source, besidePage: page.outputPath)
                guard !made.contains(path) else { continue }
                files.append(OutputFile(path: path, content: .copy(from: root.appendingFile(source)), source: source))
            }
        }
        for source in listed.staticFiles {
            var file = OutputFile(path: PublishedFiles.outputPath(ofStatic: source), content: .copy(from: root.appendingFile(source)),
                                  source: source)
            file.isWellKnown = file.path.hasPrefix(PublishedFiles.wellKnown + "/")
            files.append(file)
        }
        return files
    }
}
