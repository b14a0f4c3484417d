/// The search index: `search.json`, the whole of it in one file (see `SearchIndex+JSON.swift`),
/// written for every site so that a theme can bring its own search page or script; and the same
/// index in pieces under `search-index/` (see `SearchPieces`), which the search page's script
/// loads a query's worth at a time.
enum SearchIndexGenerator {
    static let outputPath = OutputPath(components: ["search.json"])
    static let manifestPath = OutputPath(components: [SearchPieces.folder, SearchPieces.manifestName])

    /// Made from every page. `search` holds the pages' terms, read as they were parsed, their
    /// entries in the last index, and the last index, which it gives again when the pages are the
    /// same. The pieces are made here rather than in a job: a piece's name, and so its job's path,
    /// is a digest of its content. Each piece's job is keyed by that name, so a build rewrites
    /// only the pieces whose content changed.
    static func jobs(_ pages: PageRenderer, search: SearchMemo) -> [RenderJob] {
        let (context, site) = (pages.context, pages.site)
        let root = site.root
        let outputPath = root.appending(contentsOf: outputPath), manifestPath = root.appending(contentsOf: manifestPath)
        let (index, pieces) = search.index(of: site.ownPages, root: root.components.joined(separator: "/")) {
            SearchIndex(pages: site.ownPages, memo: search, url: { context.url($0) }, date: { context.dates.short($0) },
                        tagNames: site.config.currentLanguage?.tagNames ?? [:])
        }
        let whole = RenderJob(outputPath.file, kind: "search", inputs: site.ownPages) { _ in
            OutputFile(path: outputPath.file, content: .bytes(index.json()), source: "search index")
        }
        let manifest = RenderJob(manifestPath.file, kind: "search manifest", inputs: String(decoding: pieces.manifest, as: UTF8.self)) { _ in
            OutputFile(path: manifestPath.file, content: .bytes(pieces.manifest), source: "search index")
        }
        return [whole, manifest] + pieces.pieces.map { piece in
            let path = root.appending(SearchPieces.folder, piece.name).file
            return RenderJob(path, kind: "search piece", inputs: piece) { piece in
                OutputFile(path: path, content: .bytes(piece.bytes), source: "search index")
            }
        }
    }
}
