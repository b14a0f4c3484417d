import Foundation

/// The one place that runs every stage: settings → content → model → render → output.
/// `build`, and later `serve` and `check`, all go through it.
public enum SiteBuilder {
    /// Builds the site and swaps it into the output folder; on any problem, writes nothing.
    /// With a `cache` (`serve`), reuses what the previous build with it parsed and rendered.
    /// `changed` (site-relative paths, from `serve`'s watcher) are the only sources that changed
    /// since the last successful build with the cache; nil means any may have, so every one is
    /// checked.
    @discardableResult
    public static func build(_ options: BuildOptions, cache: BuildCache? = nil, changed: Set<String>? = nil) throws(BuildFailure) -> BuildReport {
        let cache = cache ?? BuildCache()
        return try cache.withLock { () throws(BuildFailure) in
            let start = ContinuousClock.now
            cache.changed = changed
            cache.last = nil
            var timings = StageTimings()
            // Before anything reads or writes there.
            try checkOutputFolder(options)
            let writer = OutputWriter(output: options.outputFolder, replacesForeignFiles: options.cleanOutput)
            let lock = try writer.lock(waiting: { FileHandle.standardError.write(Data(($0 + "\n").utf8)) })
            defer { lock.release() }
            // Another sitegen wrote the folder since this cache's last build: what it remembers
            // of the folder is no longer so.
            if cache.output == options.outputFolder, let manifest = cache.manifest,
               manifest.stamp != CommitStamp.read(from: options.outputFolder) {
                cache.output = nil
            }
            // Taken before anything is read, so that a file saved during the build is seen as changed next time.
            let inputs = cache.endsProcess && cache.output == nil ? timings.measure("check inputs") { SiteInputs.digest(options) } : nil
            if let inputs, var report = unchangedSite(options, inputs: inputs, cache: cache, timings: &timings) {
                timings.account(since: start)
                (report.seconds, report.timings) = (timings.total, timings)
                return report
            }
            if cache.output != options.outputFolder, BuildIdentity.executable != nil {
                // A new process: what the previous build left, as the output's records say.
                timings.measure("read records") { cache.adopt(OutputManifest.read(from: options.outputFolder), output: options.outputFolder) }
            }
            // Pages and lists are staged as they are rendered, so that their bytes are not all held.
            let staging = try timings.measure("start staging") { () throws(BuildFailure) in
                try writer.start(lock, previous: cache.output == options.outputFolder ? cache.manifest : nil)
            }
            defer { staging.discard() }
            let (renderer, files) = try render(options, timings: &timings, cache: cache, expect: { paths in
                writer.expect(staging, paths: paths)
            }) { files throws(BuildFailure) in
                try writer.stage(staging, files)
            }
            let (linkProblems, linkResults) = timings.measure("check links") {
                LinkChecker(site: renderer.site, files: files).check(severity: options.strict ? .error : .warning,
                                                                     previous: cache.links, keeps: !cache.endsProcess)
            }
            cache.links = linkResults
            let strictProblems = options.strict ? linkProblems + renderer.site.missingSources(severity: .error) : []
            if !strictProblems.isEmpty { throw BuildFailure(strictProblems) }
            var written = try timings.measure("write") { () throws(BuildFailure) in try writer.finish(staging, files) }
            written.manifest.stamp = written.stamp ?? CommitStamp.read(from: options.outputFolder)
            timings.measure("keep for next build") { cache.remember(files, written: written.manifest, renderer: renderer, output: options.outputFolder) }
            let site = renderer.site
            let notes = notes(site) + warnings(renderer) + BuildFailure(linkProblems + site.missingSources(severity: .warning)).diagnostics.map(\.description)
            // A build with notes must be repeated to repeat them; so must one whose inputs were too fresh to vouch for.
            writer.note(inputs.flatMap { inputs in
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
                timings: timings)
        }
    }

    /// The report of the build that wrote the output, when its `BuildRecord` has the same inputs
    /// and every file is still as written; nil when the site must be built.
    static func unchangedSite(_ options: BuildOptions, inputs: ContentDigest, cache: BuildCache, timings: inout StageTimings) -> BuildReport? {
        let output = options.outputFolder
        guard let record = BuildRecord.read(from: output), record.inputs == inputs,
              record.now <= Int64(options.now.timeIntervalSince1970) else { return nil }
        // Kept for the build that follows should a file have changed, which then need not read them again.
        timings.measure("read records") { cache.adopt(OutputManifest.read(from: output), output: output) }
        guard let manifest = cache.manifest, manifest.fingerprint == record.outputs else { return nil }
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
        if !problems.isEmpty { throw BuildFailure(problems) }
        return site
    }

    /// Everything a build validates and renders, without touching the disk.
    public static func render(_ options: BuildOptions) throws(BuildFailure) -> (Site, [OutputFile]) {
        try checkOutputFolder(options)
        var timings = StageTimings()
        let (renderer, files) = try render(options, timings: &timings, cache: BuildCache())
        return (renderer.site, files)
    }

    /// `stage` takes the bulk of the files (pages, lists) as soon as they are rendered and
    /// returns them without their bytes.
    static func render(_ options: BuildOptions, timings: inout StageTimings, cache: BuildCache,
                       expect: ((() -> [String]) -> Void)? = nil,
                       stage: (([OutputFile]) throws(BuildFailure) -> [OutputFile])? = nil)
        throws(BuildFailure) -> (PageRenderer, [OutputFile]) {
        let (config, settings) = try timings.measure("settings") { () throws(BuildFailure) in try loadSettings(options) }
        let templates = timings.measure("templates") { TemplateLibrary.load(root: options.root) }
        if cache.settings != settings {
            cache.sources = [:]
            cache.vocabulary = SearchVocabulary()
            cache.searchEntries = [:]
            cache.settings = settings
        }
        let (content, contentProblems, sources) = timings.measure("load and parse") {
            ContentLoader.load(root: options.root, config: config, previous: cache.sources, changed: cache.changed,
                               vocabulary: cache.vocabulary, remembers: !cache.endsProcess)
        }
        cache.sources = sources
        var diagnostics = contentProblems
        if case .failure(let failure) = templates { diagnostics += failure.diagnostics }
        guard diagnostics.isEmpty, case .success(let library) = templates else { throw BuildFailure(diagnostics) }

        let site = timings.measure("model") {
            var site = Site(config: config, pages: content.pages, indexes: content.indexes,
                            includeDrafts: options.includeDrafts, now: options.includeFuture ? nil : options.now)
            site.warnings = content.warnings
            return site
        }
        let global = globalDigest(site, templates: library, settings: settings)
        let related = timings.measure("related pages") { RelatedLists(site: site, previous: cache.related) }
        cache.related = related
        library.prepare(pages: site.pages.count)
        let renderer = timings.measure("page values") {
            PageRenderer(site: site, templates: library, global: global, memo: RenderMemo(previous: cache.renders),
                         values: cache.values, related: related)
        }
        diagnostics += timings.measure("check pages") {
            renderer.frontMatterProblems() + TagIndex.emptySlugProblems(in: site.pages)
                + site.urlCollisions(searchPage: SearchPageRenderer.hasPage(library))
        }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        expect? { site.pages.map(\.outputPath.file) }
        // A slice at a time, each staged before the next is rendered, so that at most one slice's
        // bytes are held, not every page's and list's at once.
        var files: [OutputFile] = []
        func renderAndStage(_ kind: String, _ render: () -> [OutputFile]) throws(BuildFailure) {
            let rendered = timings.measure("render \(kind)", render)
            files += try timings.measure("write \(kind)") { () throws(BuildFailure) in try stage?(rendered) ?? rendered }
        }
        // Before the pages, so that the index's working memory is freed before their HTML is held.
        try renderAndStage("search index") {
            [SearchIndexGenerator.render(renderer, vocabulary: cache.vocabulary, entries: &cache.searchEntries, keeps: !cache.endsProcess)]
        }
        for start in stride(from: 0, to: site.pages.count, by: slice) {
            try renderAndStage("pages") { renderer.render(site.pages[start..<min(start + slice, site.pages.count)]) }
        }
        try renderAndStage("pages") { [renderer.renderHome(), renderer.renderNotFound()] }
        // Smaller slices than pages': a tag or archive page is several times a page's size.
        let lists = ListRenderer(pages: renderer).jobs()
        for start in stride(from: 0, to: lists.count, by: slice / 4) {
            try renderAndStage("lists") { Array(lists[start..<min(start + slice / 4, lists.count)]).concurrentMap { $0() } }
        }
        try renderAndStage("feeds") {
            FeedGenerator(site: site, context: renderer.context, memo: renderer.memo, global: global).renderAll()
        }
        let (aliases, aliasProblems) = timings.measure("aliases") { AliasRenderer(context: renderer.context).render(site.pages) }
        files += aliases
        if let searchPage = SearchPageRenderer.render(renderer) { files.append(searchPage) }
        files.append(RobotsGenerator.render(renderer.context))
        // Keyed by its entries, which an edit of a page's text leaves as they were.
        files.append(timings.measure("sitemap") {
            let entries = SitemapGenerator.entries(site, searchPage: SearchPageRenderer.hasPage(library))
            return renderer.memo.file(SitemapGenerator.outputPath, key: SitemapGenerator.key(entries, renderer.key("sitemap"))) {
                SitemapGenerator.render(entries, context: renderer.context)
            }
        })
        files += timings.measure("assets") { assets(root: options.root) }
        diagnostics += library.oversizedRenders() + aliasProblems + timings.measure("check collisions") { OutputFile.collisions(in: files) }
        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }
        return (renderer, files)
    }

    /// Files rendered between two writes: enough to keep every core busy.
    static let slice = 2_000

    /// What every rendered file depends on: sitegen itself, templates, settings and options, and
    /// what the `site` value shows on every page (section titles, the menu of top-level pages).
    static func globalDigest(_ site: Site, templates: TemplateLibrary, settings: ContentDigest) -> ContentDigest {
        var digest = ContentDigest.Builder()
        digest.add(BuildIdentity.executable)
        digest.add(templates.digest)
        digest.add(settings)
        digest.add(site.home.digest)
        for section in site.sections {
            digest.add(section.name)
            digest.add(section.index.title)
            digest.add(section.index.digest)
        }
        digest.add(site.pages.filter { $0.section == nil })
        return digest.digest
    }
}
