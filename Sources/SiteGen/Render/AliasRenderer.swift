/// Redirect pages for a page's old URLs (`aliases:`): a meta refresh, a canonical link and a
/// plain link, so that browsers, search engines and people without auto-refresh all arrive.
struct AliasRenderer {
    let context: ContextBuilder

    func render(_ pages: [Page]) -> ([OutputFile], [Diagnostic]) {
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for page in pages {
            for (index, alias) in page.frontMatter.aliases.enumerated() {
                guard let path = OutputPath(sitePath: alias) else {
                    let position = page.frontMatter.position(of: "aliases", item: index)
                    diagnostics.append(Diagnostic(
                        file: page.sourcePath, line: position?.line, column: position?.column,
                        message: "alias '\(alias)' would be written outside the output folder",
                        hint: "write an alias as a URL path on this site, like /old/url/"))
                    continue
                }
                var file = OutputFile(path: path.file, text: redirect(to: page), source: page.sourcePath)
                file.position = page.frontMatter.position(of: "aliases", item: index)
                files.append(file)
            }
        }
        return (files, diagnostics)
    }

    func redirect(to page: Page) -> String {
        let target = HTML.escape(context.url(page.outputPath))
        let canonical = HTML.escape(context.permalink(page.outputPath))
        let title = HTML.escape(page.title)
        return """
            <!DOCTYPE html>
            <html lang="\(HTML.escape(context.config.language))">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            <link rel="canonical" href="\(canonical)">
            <meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(target)">
            </head>
            <body>
            <p>This page has moved to <a href="\(target)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}
