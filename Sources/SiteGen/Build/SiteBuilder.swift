import Foundation

/// The one place that runs every stage: settings → content → model → render → output.
/// `build`, and later `serve` and `check`, all go through it.
public enum SiteBuilder {
    /// Builds the site and swaps it into the output folder; on any problem, writes nothing.
    /// Reuses what the last build with `store` computed, or what the output's records say.
    /// `changed` (site-relative paths, from `serve`'s watcher) are the only sources that changed
    /// since the last successful build with the store; nil means any may have, so every one is
    /// checked.
    @discardableResult
    public static func build(_ options: BuildOptions, store: BuildStore = BuildStore(), changed: Set<String>? = nil) throws(BuildFailure) -> BuildReport {
        try store.withLock { () throws(BuildFailure) in
            let start = ContinuousClock.now
            store.changed = changed
            store.lastRenderer = nil
            var timings = StageTimings()
            // Before anything reads or writes there.
            try checkOutputFolder(options)
            let writer = OutputWriter(output: options.outputFolder, replacesForeignFiles: options.cleanOutput)
            let lock = try writer.lock(waiting: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
            defer { lock.release() }
            // Another sitegen wrote the folder since this store's last build: what it remembers
            // of the folder is no longer so.
            if store.output == options.outputFolder, let manifest = store.manifest,
               manifest.stamp != CommitStamp.read(from: options.outputFolder) {
                store.output = nil
            }
            // Taken before anything is read, so that a file saved during the build is seen as changed next time.
            let inputs = !store.remembers && store.output == nil ? timings.measure("check inputs") { SiteInputs.digest(options) } : nil
            if let inputs, var report = unchangedSite(options, inputs: inputs, store: store, timings: &timings) {
                timings.account(since: start)
                (report.seconds, report.timings) = (timings.total, timings)
                return report
            }
            if store.output != options.outputFolder, BuildIdentity.executable != nil {
                // A new process: what the previous build left, as the output's records say.
                timings.measure("read records") { store.adopt(OutputManifest.read(from: options.outputFolder), output: options.outputFolder) }
            }
            // Pages and lists are staged as they are rendered, so that their bytes are not all held.
            let staging = try timings.measure("start staging") { () throws(BuildFailure) in
                try writer.start(lock, previous: store.output == options.outputFolder ? store.manifest : nil)
            }
            defer { staging.discard() }
            let (renderer, files) = try render(options, timings: &timings, store: store, expect: { paths in
                writer.expect(staging, paths: paths)
            }) { files throws(BuildFailure) in
                try writer.stage(staging, files)
            }
            let (linkProblems, linkResults) = timings.measure("check links") {
                LinkChecker(site: renderer.site, files: files).check(severity: options.strict ? .error : .warning,
                                                                     previous: store.links, keeps: store.remembers)
            }
            store.links = linkResults
            let altProblems = AltText.problems(in: renderer.site.pages, severity: options.strict ? .error : .warning)
            // Before the write: a strict build that fails writes nothing.
            let strictProblems = options.strict ? linkProblems + renderer.site.missingSources(severity: .error) + altProblems : []
            if !strictProblems.isEmpty { throw BuildFailure(strictProblems) }
            var written = try timings.measure("write") { () throws(BuildFailure) in try writer.finish(staging, files) }
            written.manifest.stamp = written.stamp ?? CommitStamp.read(from: options.outputFolder)
            // Only once the site is written: a build that fails or is killed writes nothing
            // besides its output folder.
            timings.measure("keep encoded images") {
                EncodedImageCache(root: options.root).keep(store.encodedFiles, writtenTo: options.outputFolder)
            }
            timings.measure("keep for next build") { store.remember(files, written: written.manifest, renderer: renderer, output: options.outputFolder) }
            let site = renderer.site
            let notes = notes(site) + warnings(renderer)
                + BuildFailure(linkProblems + site.missingSources(severity: .warning) + altProblems).diagnostics.map(\.description)
            // A build with notes must be repeated to repeat them; so must one whose inputs were too fresh to vouch for.
            writer.recordBuild(inputs.flatMap { inputs in
                notes.isEmpty ? written.manifest.fingerprint.map { outputs in
                    BuildRecord(inputs: inputs, outputs: outputs, now: Int64(options.now.timeIntervalSince1970),
                                pages: Int64(site.pages.count), sections: Int64(site.sections.count),
                                tags: Int64(site.tags.tags.count), files: Int64(files.count))
                } : nil
            })
            timings.account(since: start)
            return BuildReport(
                pages: site.pages.count, sections: site.sections.count, tags: site.tags.tags.count,
                notes: notes,
                files: files.count,
                filesWritten: written.written,
                filesRemoved: written.removed,
                changedFiles: written.changed,
                seconds: timings.total,
                output: options.outputFolder,
                imagesEncoded: store.imagesEncoded,
                timings: timings)
        }
    }

    /// The report of the build that wrote the output, when its `BuildRecord` has the same inputs
    /// and every file is still as written; nil when the site must be built.
    static func unchangedSite(_ options: BuildOptions, inputs: ContentDigest, store: BuildStore, timings: inout StageTimings) -> BuildReport? {
        let output = options.outputFolder
        guard let record = BuildRecord.read(from: output), record.inputs == inputs,
              record.now <= Int64(options.now.timeIntervalSince1970) else { return nil }
        // Kept for the build that follows should a file have changed, which then need not read them again.
        timings.measure("read records") { store.adopt(OutputManifest.read(from: output), output: output) }
        guard let manifest = store.manifest, manifest.fingerprint == record.outputs else { return nil }
        return BuildReport(pages: Int(record.pages), sections: Int(record.sections), tags: Int(record.tags),
                           files: Int(record.files), filesWritten: 0, seconds: timings.total, output: output, readSources: false,
                           timings: timings)
    }

    /// What loading and rendering left out and why, each at its file: links leading out of the
    /// site, characters the feeds cannot carry.
    static func warnings(_ renderer: PageRenderer) -> [String] {
        let feeds = FeedGenerator(site: renderer.site, context: renderer.context)
        return (renderer.site.warnings + renderer.templates.warnings + feeds.forbiddenCharacterWarnings()).map(\.description)
    }

    static func notes(_ site: Site) -> [String] {
        guard !site.futurePages.isEmpty else { return [] }
        let list = site.futurePages.map { "\($0.sourcePath) (\(ContextBuilder(config: site.config).dates.rfc3339($0.date!)))" }
        return ["note: left out \(list.count) page\(list.count == 1 ? "" : "s") dated in the future: "
                + list.joined(separator: ", ") + "; build with --future to include them"]
    }

    /// `sitegen check`: everything a build validates, plus every link and image in Markdown,
    /// all as errors; writes nothing.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> Site {
        try checkOutputFolder(options)
        _ = try OutputWriter(output: options.outputFolder).finishInterruptedCommit()
        let (site, files) = try render(options)
        let problems = LinkChecker(site: site, files: files).check(severity: .error) + site.missingSources(severity: .error)
            + AltText.problems(in: site.pages, severity: .error)
        if !problems.isEmpty { throw BuildFailure(problems) }
        return site
    }

    /// Everything a build validates and renders, without touching the disk.
    public static func render(_ options: BuildOptions) throws(BuildFailure) -> (Site, [OutputFile]) {
        try checkOutputFolder(options)
        var timings = StageTimings()
        let (renderer, files) = try render(options, timings: &timings, store: BuildStore(.outputRecords))
        return (renderer.site, files)
    }

    /// Every stage but the write, in order. `stage` takes the bulk of the files (pages, lists)
    /// as soon as they are rendered and returns them without their bytes.
    static func render(_ options: BuildOptions, timings: inout StageTimings, store: BuildStore,
                       expect: ((() -> [String]) -> Void)? = nil,
                       stage: (([OutputFile]) throws(BuildFailure) -> [OutputFile])? = nil)
        throws(BuildFailure) -> (PageRenderer, [OutputFile]) {
        let (config, settings) = try timings.measure("settings") { () throws(BuildFailure) in try loadSettings(options) }
        let templates = timings.measure("templates") { TemplateLibrary.load(root: options.root) }
        store.start(settings: settings)
        let (content, contentProblems, sources) = timings.measure("load and parse") {
            ContentLoader.load(root: options.root, config: config, previous: store.sources, changed: store.changed,
                               textReader: store.search, remembers: store.remembers)
        }
        store.sources = sources
        var diagnostics = contentProblems
        if case .failure(let failure) = templates { diagnostics += failure.diagnostics }
        let (images, imageProblems) = images(content, config: config, root: options.root, store: store, timings: &timings)
        diagnostics += imageProblems
        guard diagnostics.isEmpty, case .success(let library) = templates else { throw BuildFailure(diagnostics) }

        let site = timings.measure("model") {
            var site = Site(config: config, pages: images.pages, indexes: content.indexes,
                            includeDrafts: options.includeDrafts, now: options.includeFuture ? nil : options.now)
            site.warnings = content.warnings
            return site
        }
        let themeAssets = timings.measure("assets") { assets(root: options.root) }
        let fingerprints = AssetFingerprints.make(themeAssets, basePath: config.basePath)
        let global = globalDigest(site, templates: library, settings: settings, assets: fingerprints.digest)
        let related = timings.measure("related pages") { RelatedLists(site: site, previous: store.related) }
        store.related = related
        library.prepare(pages: site.pages.count)
        let renderer = timings.measure("page values") {
            PageRenderer(site: site, templates: library, values: store.values(global: global), related: related, assets: fingerprints.urls)
        }
        diagnostics += timings.measure("check pages") {
            renderer.frontMatterProblems() + TagIndex.emptySlugProblems(in: site.pages)
                + site.urlCollisions(searchPage: SearchPageRenderer.hasPage(library))
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        expect? { site.pages.map(\.outputPath.file) }
        let executor = JobExecutor(previous: store.files, global: global)
        var files: [OutputFile] = []
        // A slice at a time, each staged before the next is rendered, so that at most one
        // slice's bytes are held, not every file's at once.
        // A page's job is declared only when its slice comes, so that not every page's is held.
        func run<Item>(_ kind: String, _ items: [Item], slice size: Int = SiteBuilder.slice,
                       job: (Item) -> RenderJob) throws(BuildFailure) {
            for start in stride(from: 0, to: items.count, by: size) {
                let jobs = items[start..<min(start + size, items.count)].map(job)
                let rendered = timings.measure("render \(kind)") { executor.files(jobs) }
                files += try timings.measure("write \(kind)") { () throws(BuildFailure) in try stage?(rendered) ?? rendered }
            }
        }
        func run(_ kind: String, _ jobs: [RenderJob], slice size: Int = SiteBuilder.slice) throws(BuildFailure) {
            try run(kind, jobs, slice: size) { $0 }
        }
        // Before the pages, so that the index's working memory is freed before their HTML is held.
        try run("search index", SearchIndexGenerator.jobs(renderer, search: store.search))
        try run("pages", site.pages) { renderer.job($0) }
        try run("pages", [renderer.homeJob(), renderer.notFoundJob()])
        // Smaller slices than pages': a tag or archive page is several times a page's size.
        try run("lists", ListRenderer(renderer: renderer).jobs(), slice: slice / 4)
        try run("feeds", FeedGenerator(site: site, context: renderer.context).jobs())
        let sitemap = SitemapGenerator.entries(site, searchPage: SearchPageRenderer.hasPage(library))
        try run("other files", [SearchPageRenderer.job(renderer), RobotsGenerator.job(renderer.context),
                                SitemapGenerator.job(sitemap, context: renderer.context)].compactMap { $0 })
        let (aliases, aliasProblems) = timings.measure("aliases") { AliasRenderer(context: renderer.context).render(site.pages) }
        files += aliases
        files += RedirectsGenerator.render(site.pages, context: renderer.context)
        files += themeAssets + fingerprints.files
        files += try imageFiles(images, site: site, root: options.root, store: store, timings: &timings, progress: options.progress,
                                stage: stage)
        files += publishedFiles(images.published, site: site, root: options.root, made: Set(images.plan.images.keys))
        diagnostics += library.oversizedRenders() + aliasProblems + timings.measure("check collisions") { OutputFile.collisions(in: files) }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return (renderer, files)
    }

    /// Files rendered between two writes: enough to keep every core busy.
    static let slice = 2_000

    /// What every rendered file depends on: sitegen itself, templates, settings and options, and
    /// what the `site` value shows on every page (section titles, the menu of top-level pages).
    /// What pages show of their images is in each page's digest (`PictureMarkup.digest`).
    static func globalDigest(_ site: Site, templates: TemplateLibrary, settings: ContentDigest, assets: ContentDigest? = nil) -> ContentDigest {
        var digest = ContentDigest.Builder()
        // The assets' fingerprinted names, which every page's head may show.
        digest.add(assets)
        digest.add(BuildIdentity.executable)
        digest.add(templates.digest)
        digest.add(settings)
        digest.add(site.home.digest)
        for section in site.sections {
            digest.add(section.name)
            digest.add(section.index.title)
            digest.add(section.index.digest)
        }
        site.pages.filter { $0.section == nil }.add(to: &digest)
        return digest.digest
    }
}
