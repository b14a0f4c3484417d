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
            throw BuildFailure([Diagnostic(file: SiteConfig.file, message: "no site.yaml in \(options.root.path)",
                                           hint: "run sitegen in the site's folder, or pass --root DIR")])
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

    /// The output folder is replaced whole on every build, so it must never hold the sources.
    static func checkOutputFolder(_ options: BuildOptions) throws(BuildFailure) {
        let output = options.outputFolder.resolvingSymlinksInPath().path
        let root = options.root.standardizedFileURL.resolvingSymlinksInPath().path
        let protected = [root] + [ContentLoader.folder, TemplateLibrary.folder].map { root + "/" + $0 }
        let clash = output == "/" || protected.contains { output == $0 || $0.hasPrefix(output + "/") || output.hasPrefix($0 + "/") && $0 != root }
        if clash {
            throw BuildFailure([Diagnostic(file: "--output", message: "refusing to build into \(output): it holds the site's own files",
                                           hint: "choose a folder of its own, like Public/")])
        }
    }

    /// `Templates/assets/**` copied as they are to `assets/`.
    static func assets(root: URL) -> [OutputFile] {
        let base = root.appendingPathComponent(TemplateLibrary.folder).appendingPathComponent("assets")
        guard let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
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
