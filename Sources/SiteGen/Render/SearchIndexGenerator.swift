/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Made from every page. `search` holds the pages' terms, read as they were parsed, and
    /// their entries in the last index.
    static func job(_ pages: PageRenderer, search: SearchMemo) -> RenderJob {
        let context = pages.context
        return RenderJob(outputPath.file, kind: "search", inputs: pages.site.pages) { sitePages in
            let index = SearchIndex(pages: sitePages, memo: search, url: { context.url($0) }, date: { context.dates.short($0) })
            return OutputFile(path: outputPath.file, content: .bytes(index.json()), source: "search index")
        }
    }
}
