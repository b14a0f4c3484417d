import Foundation

/// What the last build computed, for the next one to reuse: parsed sources, page values, search
/// entries, related pages, link results, and the rendered files with the keys `JobExecutor`
/// derived for them. Every entry is checked against the new inputs before it is used, so a
/// rebuild gives the same bytes as a clean build.
///
/// Its backing is chosen once. `serve` keeps a store in memory for its whole run. `sitegen build`
/// ends its process, so what it computes is not kept; its store is backed by the output folder's
/// records instead (each file's key and digest, and the `BuildRecord` of the whole build), which
/// the next process reads back. Stages never decide what is kept: the store does.
public final class BuildStore: @unchecked Sendable {
    public enum Backing: Sendable {
        /// Everything is kept for the next build in this process (`serve`).
        case memory
        /// Nothing is kept in memory; the next build reads the output folder's records, and
        /// skips reading and rendering altogether when its `BuildRecord` shows nothing changed.
        case outputRecords
    }

    public let backing: Backing
    /// Builds using one store take turns.
    private let lock = NSLock()

    var settings: ContentDigest?
    var sources: [String: ContentLoader.Source] = [:]
    /// The search terms of the pages in `sources`, and their entries in the last index.
    var search: SearchMemo
    var related: RelatedLists?
    /// The related lists of each language but the default, by code.
    var relatedByLanguage: [String: RelatedLists] = [:]
    /// The last link check's results; nil when the store keeps none, which spares the check
    /// working out the keys it would keep them under.
    var links: LinkChecker.Results?
    /// What every rendered file depends on (`SiteBuilder.globalDigest`) in the last build, under
    /// which `values` were made.
    var global: ContentDigest?
    var values: [ContentDigest: PageValue] = [:]
    /// The same for each language but the default, by code: a page's value shows its dates and
    /// tags as its language writes them.
    var languageValues: [String: (global: ContentDigest, values: [ContentDigest: PageValue])] = [:]
    /// The files of the last build with the keys they were rendered under, by path.
    var files: [String: OutputFile] = [:]
    var manifest: OutputManifest?
    var output: URL?
    /// The sources the watcher saw change since the last build; nil when unknown.
    var changed: Set<String>?
    /// The last build's renderer, while that build is the last and it succeeded: `EditedPage`
    /// renders one edited page with it.
    var lastRenderer: PageRenderer?
    /// The images beside pages as last read, by output path, with the stamp they were read at.
    var images: [String: (FileStamp, SourceImage)] = [:]
    /// The images as `ImageSourceRecords` held them when this store last read or wrote them.
    private var recordedImages: [String: (FileStamp, SourceImage)] = [:]
    /// Images and social cards the last build encoded rather than reused.
    var imagesEncoded = 0
    /// Those files by output path, with their keys in the image cache.
    var encodedFiles: [(path: String, key: String)] = []
    /// Paths of the files the last build rendered afresh rather than reused.
    var rendered: [String] = []

    public init(_ backing: Backing = .memory) {
        self.backing = backing
        search = SearchMemo(remembers: backing == .memory)
        links = backing == .memory ? LinkChecker.Results() : nil
    }

    /// Whether what a build computes is kept for the next.
    var remembers: Bool { backing == .memory }

    func withLock<T>(_ body: () throws(BuildFailure) -> T) throws(BuildFailure) -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }

    /// Forgets what was computed under other settings.
    func start(settings: ContentDigest) {
        guard self.settings != settings else { return }
        sources = [:]
        search = SearchMemo(remembers: remembers)
        self.settings = settings
    }

    /// The sources as this build read them, kept for the next load when the store remembers.
    func keep(sources: [String: ContentLoader.Source]) {
        self.sources = remembers ? sources : [:]
    }

    /// The images as this build read them, kept for the next: in memory when the store
    /// remembers, and in `ImageSourceRecords` beside the site once the build has written it.
    func keep(images: [String: (FileStamp, SourceImage)]) {
        self.images = images
    }

    /// The images as the last build read them: this store's, or else those the site's
    /// `ImageSourceRecords` hold, which `recordImages` wrote.
    func lastImages(root: URL) -> [String: (FileStamp, SourceImage)] {
        if remembers, !images.isEmpty { return images }
        recordedImages = ImageSourceRecords(root: root).read()
        return recordedImages
    }

    /// Records the images this build read beside the site, for a build in another process.
    func recordImages(root: URL, now: Int) {
        ImageSourceRecords(root: root).write(images, now: now, previous: recordedImages)
        recordedImages = images
    }

    /// The link check's results, kept when the store remembers.
    func keep(links: LinkChecker.Results) {
        if remembers { self.links = links }
    }

    /// Forgets the page values made under other templates or settings, and gives the rest.
    func values(global: ContentDigest) -> [ContentDigest: PageValue] {
        if self.global != global { values = [:] }
        self.global = global
        return values
    }

    /// `values(global:)` for a language other than the default.
    func values(global: ContentDigest, language: String) -> [ContentDigest: PageValue] {
        guard let kept = languageValues[language], kept.global == global else {
            languageValues[language] = (global, [:])
            return [:]
        }
        return kept.values
    }

    /// Takes the output folder's manifest as if this store's last build had written it, so that
    /// files whose key is unchanged are neither rendered nor written again.
    func adopt(_ manifest: OutputManifest?, output: URL) {
        files = manifest?.reusableFiles(in: output) ?? [:]
        self.manifest = manifest
        self.output = output
    }

    /// Keeps what a successful build rendered (`rendered`, the paths its executors made afresh)
    /// and wrote.
    func remember(_ built: [OutputFile], rendered: [String], written: OutputManifest, renderer: PageRenderer,
                  others: [PageRenderer] = [], output: URL) {
        // Held all the same: the process ends without taking the site apart (see BuildCommand).
        lastRenderer = renderer
        self.rendered = rendered
        guard remembers else { return }
        var files: [String: OutputFile] = [:]
        for var file in built where file.madeFrom != nil {
            file.digest = written.digests[file.path]
            // Its bytes are in the output now, should a later write ever need them.
            file.content = .copy(from: output.appendingPathComponent(file.path))
            files[file.path] = file
        }
        self.files = files
        values = renderer.valuesByDigest
        for other in others {
            let code = other.site.config.language
            if let kept = languageValues[code] { languageValues[code] = (kept.global, other.valuesByDigest) }
        }
        manifest = written
        self.output = output
    }
}
