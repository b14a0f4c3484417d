/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Its key: the settings (base URL, time zone) and every page.
    static func render(_ pages: PageRenderer, vocabulary: SearchVocabulary) -> OutputFile {
        var key = pages.key("search")
        key.add(pages.site.pages)
        return pages.memo.file(outputPath.file, key: key.digest) {
            OutputFile(path: outputPath.file, content: .bytes(SearchIndex(site: pages.site, context: pages.context, vocabulary: vocabulary).json()),
                       source: "search index")
        }
    }
}
