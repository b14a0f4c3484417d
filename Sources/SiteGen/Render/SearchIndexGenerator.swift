/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Made from every page. `previous` holds the entries of pages by digest, those of a previous
    /// build with the same settings; `made` is handed this build's when `keeps` (and the pages
    /// then keep their search terms).
    static func job(_ pages: PageRenderer, vocabulary: SearchVocabulary, previous: [ContentDigest: SearchIndex.Entry],
                    keeps: Bool, made: @escaping @Sendable ([ContentDigest: SearchIndex.Entry]) -> Void) -> RenderJob {
        RenderJob(outputPath.file, kind: "search", inputs: pages.site.pages) { sitePages in
            let index = SearchIndex(site: pages.site, context: pages.context, vocabulary: vocabulary, entries: previous,
                                    keepsTerms: keeps)
            if keeps { made(Dictionary(uniqueKeysWithValues: zip(sitePages.map(\.digest), index.pages))) }
            return OutputFile(path: outputPath.file, content: .bytes(index.json()), source: "search index")
        }
    }
}
