/// `/_redirects`, when `site.yaml` names a host that reads one (`redirects_file`): a permanent
/// redirect from each alias of a page to the page, in the form that host reads. The redirect
/// pages for the aliases are written all the same, for every other way the site is served.
enum RedirectsGenerator {
    static let outputPath = "_redirects"

    /// The file, or none when `site.yaml` asks for none.
    static func render(_ pages: [Page], context: ContextBuilder) -> [OutputFile] {
        guard let host = context.config.redirectsFile else { return [] }
        // Netlify would serve the redirect page rather than follow a rule that is not forced.
        let status = host == .netlify ? "301!" : "301"
        var lines = ["# Written by sitegen from the pages' aliases, for \(host.rawValue) (redirects_file in site.yaml)."]
        var sources: Set<String> = []
        for page in pages {
            let target = context.url(page.outputPath)
            // An alias that leaves the site is AliasRenderer's to report, one named twice the collision check's.
            for alias in page.frontMatter.aliases {
                guard let path = OutputPath(sitePath: alias), sources.insert(context.url(path)).inserted else { continue }
                lines.append("\(context.url(path)) \(target) \(status)")
            }
        }
        return [OutputFile(path: outputPath, text: lines.joined(separator: "\n") + "\n", source: "site.yaml")]
    }
}
