/// Runs the jobs that renderers declare. It derives each file's key from the global digest and
/// the job's declared inputs, takes the last build's file when that key is unchanged, and renders
/// the rest on all cores. After one page is edited, only that page and the lists, feeds and
/// neighbours whose inputs hold it are rendered again.
struct JobExecutor: Sendable {
    /// The last build's files by path, each with the key it was rendered under.
    let previous: [String: OutputFile]
    /// What every file depends on: sitegen itself, templates, settings, and what every page shows.
    let global: ContentDigest

    func file(_ job: RenderJob) -> OutputFile {
        let key = job.key(global: global)
        if var old = previous[job.path], old.renderKey == key {
            old.isFresh = false
            return old
        }
        return job.render(key: key)
    }

    /// `jobs`' files in order, on all cores.
    func files(_ jobs: some Collection<RenderJob>) -> [OutputFile] {
        Array(jobs).concurrentMap(file)
    }
}
