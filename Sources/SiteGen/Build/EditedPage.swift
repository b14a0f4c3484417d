import Foundation

/// `serve`'s first answer to a save: when the one file saved is a page in a section and only its
/// text changed (its front matter is as it was), no other page's own file can show the change,
/// and its own can be rendered with the last build's site as it stands. So that page is rendered
/// and put in place by itself, in milliseconds, and the open page reloads; the full rebuild that
/// follows brings lists, feeds and the search index up to date, and finds the page's file already
/// as it would make it.
public enum EditedPage {
    /// What `update` did.
    public struct Update: Sendable {
        /// The page's file, in the output folder.
        public var file: String
        public var seconds: Double
    }

    /// Puts the edited page's new file in place; nil when the save is not one this can take: more
    /// than one file, not a page in a section, new front matter, a file that does not parse, a
    /// last build that failed or strict link checks (which the full build must pass first). Then
    /// the full rebuild does everything, as it always does after this.
    public static func update(_ options: BuildOptions, store: BuildStore, changed: Set<String>) -> Update? {
        let start = DispatchTime.now()
        return try? store.withLock { () throws(BuildFailure) -> Update? in
            guard changed.count == 1, let path = changed.first, path.hasPrefix(ContentLoader.folder + "/"), path.hasSuffix(".md"),
                  !options.strict, let renderer = store.lastRenderer, let global = store.global, store.output == options.outputFolder,
                  var manifest = store.manifest, let old = renderer.pagesByPath[path], old.section != nil,
                  // The same page, not one whose name is equal only as a string (NFC and NFD).
                  old.sourcePath.utf8.elementsEqual(path.utf8),
                  let previous = store.sources[path] else { return nil }
            let source = ContentLoader.read(path, root: options.root, config: renderer.site.config, previous: previous,
                                            readText: store.search.reader())
            guard case .success(.page(let parsed)) = source.parsed, parsed.digest != old.sourceDigest,
                  parsed.frontMatter == old.frontMatter, parsed.slug == old.slug,
                  // Its images are shown as the full build's image plan makes them.
                  !parsed.content.links.contains(where: \.isImage), old.picture == nil else { return nil }
            // Its card, drawn from its front matter's title, is as it was.
            let page = Page(sourcePath: parsed.sourcePath, section: parsed.section, slug: parsed.slug, frontMatter: parsed.frontMatter,
                            content: parsed.content, digest: parsed.digest, card: old.card)
            var file = JobExecutor(previous: [:], global: global).file(renderer.job(page, edited: true))
            let writer = OutputWriter(output: options.outputFolder)
            let lock = try writer.lock()
            defer { lock.release() }
            guard try writer.replace(file, in: &manifest, lock) else { return nil }
            // As the next build would find them after writing the file itself.
            file.digest = manifest.digests[file.path]
            file.content = .copy(from: options.outputFolder.appendingPathComponent(file.path))
            store.files[file.path] = file
            store.manifest = manifest
            store.sources[path] = source
            return Update(file: file.path, seconds: Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
    }
}
