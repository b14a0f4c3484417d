/// The files a previous build rendered, each with the key of everything it was rendered from
/// (`OutputFile.renderKey`). A renderer computes a file's key first, which is cheap, and renders
/// only when the key differs: after one page is edited, only that page and the lists, feeds and
/// neighbours that show it are rendered again.
///
/// A key must cover every input of its file: the global digest (templates, settings, sections,
/// menu) and the digest of each page the file shows. A missed input would leave a stale file, so
/// the tests compare every incremental result with a clean build.
struct RenderMemo: Sendable {
    private let previous: [String: OutputFile]

    init(previous: [String: OutputFile] = [:]) {
        self.previous = previous
    }

    func file(_ path: String, key: ContentDigest, render: () -> OutputFile) -> OutputFile {
        if var old = previous[path], old.renderKey == key {
            old.isFresh = false
            return old
        }
        var file = render()
        file.renderKey = key
        return file
    }
}

extension ContentDigest.Builder {
    /// Each page by its digest, in order.
    mutating func add(_ pages: some Sequence<Page>) {
        var count = 0
        for page in pages {
            add(page.digest)
            count += 1
        }
        add(count)
    }
}
