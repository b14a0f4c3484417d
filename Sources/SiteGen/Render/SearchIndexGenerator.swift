/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Its key: the settings (base URL, time zone) and every page. `search` holds the pages'
    /// terms, read as they were parsed, and their entries in the last index.
    static func render(_ pages: PageRenderer, search: SearchMemo) -> OutputFile {
        var key = pages.key("search")
        key.add(pages.site.pages)
        return pages.memo.file(outputPath.file, key: key.digest) {
            let context = pages.context
            let index = SearchIndex(pages: pages.site.pages, memo: search, url: { context.url($0) },
                                    date: { context.dates.short($0) })
            return OutputFile(path: outputPath.file, content: .bytes(index.json()), source: "search index")
        }
    }
}
