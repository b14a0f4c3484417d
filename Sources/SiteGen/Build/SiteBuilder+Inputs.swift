import Foundation

/// What a build reads before any page: the settings, the output folder's place, the theme's
/// assets.
extension SiteBuilder {
    static func loadConfig(_ options: BuildOptions) throws(BuildFailure) -> SiteConfig {
        try loadSettings(options).0
    }

    /// The settings, and a digest of them with every option that changes what is built.
    static func loadSettings(_ options: BuildOptions) throws(BuildFailure) -> (SiteConfig, ContentDigest) {
        let url = options.root.appendingPathComponent(SiteConfig.file)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BuildFailure([Diagnostic(file: SiteConfig.file, message: "\(options.root.path) is not a site: it has no site.yaml",
                                           hint: "a site is a folder holding site.yaml (its settings), Content/ (its pages) and Templates/ (its theme): "
                                               + "run sitegen in one, or pass --root DIR; 'sitegen init my-site' makes a new one")])
        }
        guard let text = String(validatingUTF8Data: data) else {
            throw BuildFailure([Diagnostic(file: SiteConfig.file, line: 1, column: 1, message: "site.yaml is not valid UTF-8")])
        }
        let config = try SiteConfig.decode(text, baseURLOverride: options.baseURL).get()
        var digest = ContentDigest.Builder()
        digest.add(text)
        digest.add(config.baseURL)
        digest.add(options.includeDrafts ? 1 : 0)
        digest.add(options.includeFuture ? 1 : 0)
        return (config, digest.digest)
    }

    /// The build removes what it no longer makes from the output folder, so that folder must
    /// never hold the sources, compared as real paths: a symbolic link must not hide that
    /// `--output ../shared` is where `Content/` really lives.
    static func checkOutputFolder(_ options: BuildOptions) throws(BuildFailure) {
        let output = realPath(options.outputFolder.path)
        let root = realPath(options.root.standardizedFileURL.path)
        let sources = [ContentLoader.folder, TemplateLibrary.folder].map { realPath(root + "/" + $0) }
        let holdsSources = ([root] + sources).contains { $0 == output || $0.hasPrefix(output == "/" ? "/" : output + "/") }
        let insideSources = sources.contains { output.hasPrefix($0 + "/") }
        if output == "/" || holdsSources || insideSources {
            throw BuildFailure([Diagnostic(file: "--output", message: "refusing to build into \(output): it holds the site's own files",
                                           hint: "choose a folder of its own, like Public/")])
        }
    }

    /// `path` with every symbolic link resolved, as far as it exists; the part that does not
    /// exist yet is kept as it is written.
    static func realPath(_ path: String) -> String {
        var existing = URL(fileURLWithPath: path).standardizedFileURL
        var rest: [String] = []
        while existing.path != "/" {
            if let resolved = realpath(existing.path, nil) {
                defer { free(resolved) }
                return ([String(cString: resolved)] + rest.reversed()).joined(separator: "/").replacingOccurrences(of: "//", with: "/")
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return "/" + rest.reversed().joined(separator: "/")
    }

    /// `Templates/assets/**` copied as they are to `assets/`.
    static func assets(root: URL) -> [OutputFile] {
        let base = root.appendingPathComponent(TemplateLibrary.folder).appendingPathComponent("assets")
        // Hidden files and folders (`.git`, `.DS_Store`) are the tools', not the theme's.
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey],
                                                              options: [.skipsHiddenFiles]) else { return [] }
        var files: [OutputFile] = []
        let prefix = base.standardizedFileURL.path + "/"
        while let url = enumerator.nextObject() as? URL {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                  !url.lastPathComponent.hasPrefix(".") else { continue }
            let relative = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            files.append(OutputFile(path: "assets/" + relative, content: .copy(from: url),
                                    source: "\(TemplateLibrary.folder)/assets/\(relative)"))
        }
        return files.sorted { $0.path < $1.path }
    }
}
