/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Its key: the settings and templates (`global`: base URL, time zone) and every page.
    static func render(_ site: Site, context: ContextBuilder, terms: SearchTerms, memo: RenderMemo, global: ContentDigest) -> OutputFile {
        var key = ContentDigest.Builder()
        key.add(global)
        key.add(site.pages)
        return memo.file(outputPath.file, key: key.digest) {
            OutputFile(path: outputPath.file, content: .bytes(SearchIndex(site: site, context: context, terms: terms).json()),
                       source: "search index")
        }
    }
}
