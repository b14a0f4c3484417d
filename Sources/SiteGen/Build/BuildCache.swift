import Foundation

/// What one build leaves for the next in the same process, so that `sitegen serve` rebuilds only
/// what an edit changed: parsed files by stamp and content digest, page contexts, rendered files
/// by render key (`RenderMemo`), and the digests of the files in the output folder. Every entry
/// is checked against the new inputs before it is used, so a rebuild gives the same bytes as a
/// clean build.
public final class BuildCache: @unchecked Sendable {
    /// Builds using one cache take turns.
    private let lock = NSLock()
    var settings: ContentDigest?
    var sources: [String: ContentLoader.Source] = [:]
    /// The search terms of the pages in `sources`, and their entries in the last index.
    var search: SearchMemo
    var related: RelatedLists?
    var links: LinkChecker.Results?
    var values: [ContentDigest: PageValue] = [:]
    var renders: [String: OutputFile] = [:]
    var manifest: OutputManifest?
    var output: URL?
    /// The sources the watcher saw change since the last build; nil when unknown.
    var changed: Set<String>?
    /// The last build's renderer, while that build is the last and it succeeded: `EditedPage`
    /// renders one edited page with it.
    var last: PageRenderer?
    /// Paths of the files the last build rendered afresh rather than reused.
    var rendered: [String] = []

    /// For a build that ends its process (`sitegen build`): when the output folder's
    /// `BuildRecord` shows that nothing changed since the build that wrote it, nothing is read or
    /// rendered; and what only a next build would use (rendered files by key, page contexts) is
    /// not kept. Not for `serve`, whose next builds need what its first one reads.
    let endsProcess: Bool

    public init(endsProcess: Bool = false) {
        self.endsProcess = endsProcess
        search = SearchMemo(remembers: !endsProcess)
    }

    func withLock<T>(_ body: () throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Takes the output folder's manifest as if this cache's last build had written it, so that
    /// files whose render key is unchanged are neither rendered nor written again.
    func adopt(_ manifest: OutputManifest?, output: URL) {
        renders = manifest?.reusableFiles(in: output) ?? [:]
        self.manifest = manifest
        self.output = output
    }

    /// Keeps what a successful build rendered and wrote.
    func remember(_ files: [OutputFile], written: OutputManifest, renderer: PageRenderer, output: URL) {
        // Held all the same: the process ends without taking the site apart (see BuildCommand).
        last = renderer
        guard !endsProcess else { return }
        var renders: [String: OutputFile] = [:]
        rendered = files.filter { $0.renderKey != nil && $0.isFresh }.map(\.path).sorted()
        for var file in files where file.renderKey != nil {
            file.digest = written.digests[file.path]
            // Its bytes are in the output now, should a later write ever need them (a reused file
            // refers there already).
            if file.isFresh { file.content = .copy(from: output.appendingPathComponent(file.path)) }
            renders[file.path] = file
        }
        self.renders = renders
        self.values = renderer.valuesByKey
        self.manifest = written
        self.output = output
    }
}
