extension Site {
    /// A problem for each page without `sources:` in a section whose `_index.md` says
    /// `require_sources: true`, at the page's first line: `check` and `build --strict` report
    /// them as errors, `build` as warnings.
    public func missingSources(severity: Diagnostic.Severity) -> [Diagnostic] {
        sections.filter { $0.index.frontMatter?.requiresSources == true }.flatMap { section in
            section.pages.filter { $0.frontMatter.sources.isEmpty && $0.language == ownLanguage }.map { page in
                Diagnostic(file: page.sourcePath, line: 1, severity: severity,
                           message: "the page lists no sources, and its section requires them (require_sources: true in \(section.index.sourcePath ?? "its _index.md"))",
                           hint: "add 'sources:' to the front matter: a list of entries like '- title: …' with 'publisher: …' and 'date: YYYY-MM-DD'")
            }
        }
    }
}
