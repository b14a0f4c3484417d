import Foundation

/// The images beside pages: read before the model, so that pages show them as `<picture>`s;
/// encoded after every other file, a few at a time.
extension SiteBuilder {
    /// What the build knows of its images before rendering.
    struct Images {
        var settings: ImageSettings
        var plan: ImagePlan
        var published: PublishedFiles
        /// The loaded pages, each showing its images as the plan makes them.
        var pages: [Page]
        /// Every page's social card, when `settings.cards`.
        var cards: [SocialCard]
        /// Of `settings.cardFontFile`'s bytes.
        var fontFile: ContentDigest?
    }

    /// `pages`: every language's; a translation of a page that is a folder shows, and publishes
    /// beside it, the files of its original's folder.
    static func images(_ pages: [Page], config: SiteConfig, root: URL, store: BuildStore,
                       timings: inout StageTimings) -> (Images, [Diagnostic]) {
        let (settings, problems) = ImageSettings.decode(config)
        var published = timings.measure("list published files") { PublishedFiles.list(root: root) }
        for page in pages {
            if let original = page.original, let files = published.besidePages[original] { published.besidePages[page.sourcePath] = files }
        }
        let (plan, read) = timings.measure("read images") {
            ImagePlan.make(pages: pages, files: published, settings: settings, config: config, root: root, previous: store.lastImages(root: root))
        }
        store.keep(images: read)
        // The site's name in each language, worked out once rather than for every page.
        let siteTitles = Dictionary(config.languages.map { ($0.code, config.forLanguage($0.code).title) }) { first, _ in first }
        let cards = settings.cards ? pages.map { page in
            SocialCard.of(page, plan: plan, siteTitle: siteTitles[page.language ?? config.language] ?? config.title, basePath: config.basePath)
        } : []
        let basePath = config.basePath
        let shown = timings.measure("show images") {
            Array(zip(pages, pages.indices)).concurrentMap { page, index in
                PictureMarkup.apply(to: page, plan: plan, settings: settings, basePath: basePath,
                                    card: cards.isEmpty ? nil : cards[index].picture)
            }
        }
        var fontProblems: [Diagnostic] = []
        var fontFile: ContentDigest?
        if settings.cards, let path = settings.cardFontFile {
            if let data = try? Data(contentsOf: root.appendingFile(path)), !data.isEmpty {
                fontFile = ContentDigest(data)
            } else {
                fontProblems.append(Diagnostic(file: SiteConfig.file, message: "images.card_fontfile '\(path)' is not a file that can be read",
                                               hint: "give the path of a TrueType or OpenType font inside the site's folder"))
            }
        }
        let pictureProblems = PageImage.problems(in: pages, published: outputPaths(published, pages: pages), basePath: config.basePath)
        return (Images(settings: settings, plan: plan, published: published, pages: shown, cards: cards, fontFile: fontFile),
                problems + fontProblems + plan.problems + pictureProblems)
    }

    /// Where the files beside pages and in Static/ are published.
    static func outputPaths(_ published: PublishedFiles, pages: [Page]) -> Set<String> {
        var paths = Set(published.staticFiles.map(PublishedFiles.outputPath(ofStatic:)))
        for page in pages {
            for file in published.besidePages[page.sourcePath] ?? [] {
                paths.insert(PublishedFiles.outputPath(of: file, besidePage: page.outputPath))
            }
        }
        return paths
    }

    /// The images' files, a few at a time so that few encoded files are held at once, each staged
    /// before the next are made; with `stage` nil (`check`), only named, not made. Gives the paths
    /// encoded afresh rather than taken from the last build.
    /// `listCards`: the drawn cards of every language's lists.
    static func imageFiles(_ images: Images, site: Site, listCards: [SocialCard] = [], root: URL, store: BuildStore, timings: inout StageTimings,
                           progress: (@Sendable (EncodingProgress) -> Void)? = nil,
                           stage: (([OutputFile]) throws(BuildFailure) -> [OutputFile])?) throws(BuildFailure) -> (files: [OutputFile], encoded: [String]) {
        let cache = EncodedImageCache(root: root)
        let cached: ImageJobs.Cached = { key in cache.entry(key) }
        let encoder = ImageJobs(settings: images.settings, root: root, cached: stage == nil ? nil : cached)
        let jobs = encoder.jobs(images.plan, pages: site.pages)
            + encoder.cardJobs(images.cards, pages: site.pages, lists: listCards, fontFile: images.fontFile)
        store.imagesEncoded = 0
        store.encodedFiles = []
        guard let stage else {
            // Named by what makes each, as a build names them, for the collisions `check` reports.
            let made = images.plan.images.values.flatMap { image in image.files.map { ($0.path, image.source) } }
                + (images.cards + listCards).map { ($0.path, $0.page) }
            let sources = Dictionary(made) { first, _ in first }
            return (jobs.map { OutputFile(path: $0.path, content: .bytes(Data()), source: sources[$0.path] ?? $0.path) }, [])
        }
        let executor = JobExecutor(previous: store.files, global: images.settings.encodingDigest)
        var files: [OutputFile] = []
        let began = ContinuousClock.now
        for start in stride(from: 0, to: jobs.count, by: imageSlice) {
            let made = timings.measure("encode images") { executor.files(jobs[start..<min(start + imageSlice, jobs.count)]) }
            let problems = encoder.problems
            if !problems.isEmpty { throw BuildFailure(problems) }
            store.imagesEncoded = encoder.encoded
            store.encodedFiles = encoder.encodedFiles
            files += try timings.measure("write images") { () throws(BuildFailure) in try stage(made) }
            let elapsed = ContinuousClock.now - began
            progress?(EncodingProgress(done: min(start + imageSlice, jobs.count), total: jobs.count,
                                       seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
        }
        return (files, executor.rendered)
    }

    /// Encoded files made between two writes: enough for every core, few enough to hold.
    static let imageSlice = 32
}
