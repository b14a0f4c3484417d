import Foundation

/// Runs the jobs that renderers declare. It derives each file's key from the global digest and
/// the job's declared inputs, takes the last build's file when that key is unchanged, and renders
/// the rest on all cores. After one page is edited, only that page and the lists, feeds and
/// neighbours whose inputs hold it are rendered again.
final class JobExecutor: @unchecked Sendable {
    /// The last build's files by path, each with the key it was made under (`madeFrom`).
    let previous: [String: OutputFile]
    /// What every file depends on: sitegen itself, templates, settings, and what every page shows.
    let global: ContentDigest
    private let lock = NSLock()
    private var renderedPaths: [String] = []

    init(previous: [String: OutputFile], global: ContentDigest) {
        self.previous = previous
        self.global = global
    }

    /// The paths of the files this executor rendered rather than took from the last build, sorted.
    var rendered: [String] { lock.withLock { renderedPaths.sorted() } }

    func file(_ job: RenderJob) -> OutputFile {
        let key = job.key(global: global)
        if let old = previous[job.path], old.madeFrom == key { return old }
        lock.withLock { renderedPaths.append(job.path) }
        return job.render(key: key)
    }

    /// `jobs`' files in order, on all cores.
    func files(_ jobs: some Collection<RenderJob>) -> [OutputFile] {
        Array(jobs).concurrentMap(file)
    }
}
