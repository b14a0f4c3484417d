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
            ImagePlan.make(pages: pages, files: published, settings: settings, config: config, root: root, previous: store.images)
        }
        if store.remembers { store.images = read }
        let pages = timings.measure("show images") {
            pages.map { PictureMarkup.apply(to: $0, plan: plan, settings: settings, basePath: config.basePath) }
        }
        return (Images(settings: settings, plan: plan, published: published, pages: pages), problems + plan.problems)
    }

    /// The images' files, a few at a time so that few encoded files are held at once, each staged
    /// before the next are made; with `stage` nil (`check`), only named, not made.
    static func imageFiles(_ images: Images, site: Site, root: URL, store: BuildStore, timings: inout StageTimings,
                           stage: (([OutputFile]) throws(BuildFailure) -> [OutputFile])?) throws(BuildFailure) -> [OutputFile] {
        let encoder = ImageJobs(settings: images.settings, root: root)
        let jobs = encoder.jobs(images.plan, pages: site.pages)
        store.imagesEncoded = 0
        guard let stage else {
            return jobs.map { OutputFile(path: $0.path, content: .bytes(Data()), source: $0.path) }
        }
        let executor = JobExecutor(previous: store.files, global: images.settings.encodingDigest)
        var files: [OutputFile] = []
        for start in stride(from: 0, to: jobs.count, by: imageSlice) {
            let made = timings.measure("encode images") { executor.files(jobs[start..<min(start + imageSlice, jobs.count)]) }
            let problems = encoder.problems
            if !problems.isEmpty { throw BuildFailure(problems) }
            store.imagesEncoded += made.count { $0.isFresh }
            files += try timings.measure("write images") { () throws(BuildFailure) in try stage(made) }
        }
        return files
    }

    /// Encoded files made between two writes: enough for every core, few enough to hold.
    static let imageSlice = 32
}
