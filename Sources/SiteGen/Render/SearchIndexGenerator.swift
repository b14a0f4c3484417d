/// `search.json`: the index the search page's script loads (see `SearchIndex+JSON.swift`).
/// Written for every site, so that a theme can bring its own search page or script.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])

    /// Its key: the settings (base URL, time zone) and every page. `entries` holds the entries
    /// of pages by digest, those of a previous build with the same settings; with `keeps`, it is
    /// left holding this build's, and the pages keep their search terms.
    static func render(_ pages: PageRenderer, vocabulary: SearchVocabulary,
                       entries: inout [ContentDigest: SearchIndex.Entry], keeps: Bool) -> OutputFile {
        var key = pages.key("search")
        key.add(pages.site.pages)
        return pages.memo.file(outputPath.file, key: key.digest) {
            let index = SearchIndex(site: pages.site, context: pages.context, vocabulary: vocabulary, entries: entries,
                                    keepsTerms: keeps)
            if keeps { entries = Dictionary(uniqueKeysWithValues: zip(pages.site.pages.map(\.digest), index.pages)) }
            return OutputFile(path: outputPath.file, content: .bytes(index.json()), source: "search index")
        }
    }
}
