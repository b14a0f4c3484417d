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
            let (rendered, files) = try render(options, timings: &timings, store: store, expect: { paths in
                writer.expect(staging, paths: paths)
            }) { files throws(BuildFailure) in
                try writer.stage(staging, files)
            }
            let (linkProblems, linkResults) = timings.measure("check links") {
                LinkChecker(site: rendered.everyPage, files: files).check(severity: options.strict ? .error : .warning,
                                                                     previous: store.links)
            }
            store.keep(links: linkResults)
            let altProblems = AltText.problems(in: rendered.everyPage.pages, severity: options.strict ? .error : .warning)
            // Before the write: a strict build that fails writes nothing.
            let strictProblems = options.strict ? linkProblems + rendered.missingSources(severity: .error) + altProblems : []
            if !strictProblems.isEmpty { throw BuildFailure(strictProblems) }
            var written = try timings.measure("write") { () throws(BuildFailure) in try writer.finish(staging, files) }
            written.manifest.stamp = written.stamp ?? CommitStamp.read(from: options.outputFolder)
            // Only once the site is written: a build that fails or is killed writes nothing
            // besides its output folder.
            timings.measure("keep encoded images") {
                EncodedImageCache(root: options.root).keep(store.encodedFiles, writtenTo: options.outputFolder)
                store.recordImages(root: options.root, now: Int(Date().timeIntervalSince1970))
            }
            timings.measure("keep for next build") {
                store.remember(files, rendered: rendered.fresh, written: written.manifest, renderer: rendered.main,
                               others: Array(rendered.renderers.dropFirst()), output: options.outputFolder)
            }
            let site = rendered.everyPage
            let notes = timings.measure("notes") { () -> [String] in Self.notes(rendered.renderers.map(\.site)) + warnings(rendered) }
                + BuildFailure(linkProblems + rendered.missingSources(severity: .warning) + altProblems).diagnostics.map(\.description)
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
    static func warnings(_ rendered: Rendered) -> [String] {
        let renderer = rendered.main
        let feeds = rendered.renderers.flatMap { FeedGenerator(site: $0.site, context: $0.context).forbiddenCharacterWarnings() }
        return (renderer.site.warnings + renderer.templates.warnings + rendered.strings.warnings + feeds).map(\.description)
    }

    static func notes(_ sites: [Site]) -> [String] {
        let future = sites.flatMap(\.futurePages)
        guard let site = sites.first, !future.isEmpty else { return [] }
        let list = future.map { "\($0.sourcePath) (\(ContextBuilder(config: site.config).dates.rfc3339($0.date!)))" }
        return ["note: left out \(list.count) page\(list.count == 1 ? "" : "s") dated in the future: "
                + list.joined(separator: ", ") + "; build with --future to include them"]
    }

    /// `sitegen check`: everything a build validates, plus every link and image in Markdown,
    /// all as errors; writes nothing.
    public static func check(_ options: BuildOptions) throws(BuildFailure) -> CheckReport {
        try checkOutputFolder(options)
        _ = try OutputWriter(output: options.outputFolder).finishInterruptedCommit()
        var timings = StageTimings()
        let (rendered, files) = try render(options, timings: &timings, store: BuildStore(.outputRecords))
        let site = rendered.everyPage
        let problems = LinkChecker(site: site, files: files).check(severity: .error) + rendered.missingSources(severity: .error)
            + AltText.problems(in: site.pages, severity: .error)
        if !problems.isEmpty { throw BuildFailure(problems) }
        return CheckReport(site: site, notes: rendered.main.context.versions?.translationNotes() ?? [])
    }

    /// What `check` found that is not a problem, besides the site it checked.
    public struct CheckReport: Sendable {
        /// Every language's pages.
        public var site: Site
        /// Pages not yet translated, translations older than their originals.
        public var notes: [Diagnostic]
    }

    /// Everything a build validates and renders, without touching the disk.
    public static func render(_ options: BuildOptions) throws(BuildFailure) -> (Site, [OutputFile]) {
        try checkOutputFolder(options)
        var timings = StageTimings()
        let (rendered, files) = try render(options, timings: &timings, store: BuildStore(.outputRecords))
        return (rendered.everyPage, files)
    }

    /// Every stage but the write, in order. `stage` takes the bulk of the files (pages, lists)
    /// as soon as they are rendered and returns them without their bytes. Gives the paths of the
    /// files rendered afresh rather than taken from the last build.
    static func render(_ options: BuildOptions, timings: inout StageTimings, store: BuildStore,
                       expect: ((() -> [String]) -> Void)? = nil,
                       stage: (([OutputFile]) throws(BuildFailure) -> [OutputFile])? = nil)
        throws(BuildFailure) -> (Rendered, [OutputFile]) {
        let (config, settings) = try timings.measure("settings") { () throws(BuildFailure) in try loadSettings(options) }
        let templates = timings.measure("templates") { TemplateLibrary.load(root: options.root) }
        store.start(settings: settings)
        let (content, contentProblems, sources) = timings.measure("load and parse") {
            ContentLoader.load(root: options.root, config: config, previous: store.sources, changed: store.changed,
                               textReader: store.search)
        }
        store.keep(sources: sources)
        var diagnostics = contentProblems
        if case .failure(let failure) = templates { diagnostics += failure.diagnostics }
        let translated = timings.measure("pair translations") { TranslatedContent(content) }
        diagnostics += translated.diagnostics
        let loaded = content.pages + config.languages.dropFirst().flatMap { translated.pages[$0.code] ?? [] }
        let (images, imageProblems) = images(loaded, config: config, root: options.root, store: store, timings: &timings)
        diagnostics += imageProblems
        guard diagnostics.isEmpty, case .success(let library) = templates else { throw BuildFailure(diagnostics) }

        let searchPage = SearchPageRenderer.hasPage(library)
        let sites = timings.measure("model") {
            var sites = languageSites(config, pages: images.pages, indexes: content.indexes, translated: translated, options: options)
            sites[0].warnings = content.warnings
            return sites
        }
        let themeAssets = timings.measure("assets") { assets(root: options.root) }
        let fingerprints = AssetFingerprints.make(themeAssets, basePath: config.basePath)
        diagnostics += library.unknownAssets(Set(fingerprints.urls.keys))
        let versions = config.isMultilingual ? timings.measure("language versions") { LanguageVersions(sites, searchPage: searchPage) } : nil
        let strings = UIStrings(root: options.root, codes: config.isMultilingual ? config.languages.map(\.code) : [config.language])
        diagnostics += strings.errors
        let (renderers, globals) = renderers(sites, templates: library, settings: settings, assets: fingerprints,
                                             versions: versions, strings: strings, store: store, timings: &timings)
        library.prepare(pages: sites.reduce(0) { $0 + $1.ownPages.count })
        diagnostics += timings.measure("check pages") {
            // Once each: a language lists the default language's section intros, and may list its pages.
            var seen: Set<String> = []
            return renderers.flatMap { renderer in
                renderer.frontMatterProblems() + TagIndex.emptySlugProblems(in: renderer.site.ownPages)
                    + renderer.site.urlCollisions(searchPage: searchPage)
            }.filter { seen.insert($0.description).inserted }
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        expect? { sites.flatMap { $0.ownPages.map(\.outputPath.file) } }
        var files: [OutputFile] = []
        // The paths rendered afresh rather than taken from the last build, of every language.
        var fresh: [String] = []
        for (renderer, global) in zip(renderers, globals) {
            let site = renderer.site
            let executor = JobExecutor(previous: store.files, global: global)
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
            let searchJobs = timings.measure("make search index") { SearchIndexGenerator.jobs(renderer, search: store.search) }
            try run("search index", searchJobs)
            try run("pages", site.ownPages) { renderer.job($0) }
            try run("pages", [renderer.homeJob(), renderer.notFoundJob()])
            // Smaller slices than pages': a tag or archive page is several times a page's size.
            try run("lists", ListRenderer(renderer: renderer).jobs(), slice: slice / 4)
            try run("feeds", FeedGenerator(site: site, context: renderer.context).jobs())
            try run("other files", [SearchPageRenderer.job(renderer)].compactMap { $0 })
            if renderer.site.root == .root {
                let sitemap = sites.flatMap { SitemapGenerator.entries($0, searchPage: searchPage, versions: versions) }
                try run("other files", [RobotsGenerator.job(renderer.context),
                                        SitemapGenerator.job(sitemap, context: renderer.context)])
            }
            fresh += executor.rendered
        }
        let main = renderers[0]
        let ownPages = sites.flatMap(\.ownPages)
        let (aliases, aliasProblems) = timings.measure("aliases") { AliasRenderer(context: main.context).render(ownPages) }
        files += aliases
        files += RedirectsGenerator.render(ownPages, context: main.context)
        files += themeAssets + fingerprints.files
        var everyPage = main.site
        everyPage.ownPages = ownPages
        everyPage.pages = ownPages
        let imageFiles = try imageFiles(images, site: everyPage, listCards: renderers.flatMap(\.listCards), root: options.root,
                                        store: store, timings: &timings,
                                        progress: options.progress, stage: stage)
        files += imageFiles.files
        files += publishedFiles(images.published, site: everyPage, root: options.root, made: Set(images.plan.images.keys))
        diagnostics += library.oversizedRenders() + aliasProblems + timings.measure("check collisions") { OutputFile.collisions(in: files) }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return (Rendered(renderers: renderers, everyPage: everyPage, strings: strings, fresh: (fresh + imageFiles.encoded).sorted()), files)
    }

    /// Files rendered between two writes: enough to keep every core busy.
    static let slice = 2_000
}
