/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    static func render(_ site: Site, context: ContextBuilder) -> OutputFile {
        OutputFile(path: outputPath.file, content: .bytes(SearchIndex(site: site, context: context).json()),
                   source: "search index")
    }
}
