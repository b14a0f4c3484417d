import Foundation
import SiteGen

/// The builds of one `serve`: each on a thread of its own (`BuildThread`), its summary or errors
/// printed, and open pages told what it changed. They share one store, so that an edit re-renders
/// only what shows the edited page.
struct PreviewBuilds: Sendable {
    let options: BuildOptions
    let hub: ReloadHub
    let log: @Sendable (String) -> Void
    /// Print each build's stage times after its summary.
    let timings: Bool
    private let store = BuildStore(.memory)

    init(options: BuildOptions, hub: ReloadHub, timings: Bool, log: @escaping @Sendable (String) -> Void) {
        self.options = options
        self.hub = hub
        self.timings = timings
        self.log = log
    }

    /// Builds the site, told the sources that `changed` since the last build (nil: any may
    /// have); true when it succeeded.
    func build(changed: Set<String>?) async -> Bool {
        let built = await BuildThread.run { [self] () -> Result<BuildReport, BuildFailure> in
            let result = Result { () throws(BuildFailure) in try SiteBuilder.build(options, store: store, changed: changed) }
            switch result {
            case .success(let report):
                log(report.summary)
                if timings { log(report.timings.table) }
            case .failure(let error):
                log("\(error)")
            }
            return result
        }
        switch built {
        case .success(let report):
            await hub.finished(errors: nil, files: report.changedFiles)
            return true
        case .failure(let error):
            await hub.finished(errors: "\(error)")
            return false
        }
    }

    /// Puts one edited page's new file in place ahead of the rebuild, when the change is one that
    /// `EditedPage` can take, and reloads that page.
    func updateEditedPage(changed: Set<String>) async {
        let update = await BuildThread.run { [self] () -> EditedPage.Update? in
            guard let update = EditedPage.update(options, store: store, changed: changed) else { return nil }
            log("Updated \(update.file) in \(String(format: "%.3f", update.seconds)) s; rebuilding the rest")
            return update
        }
        if let update { await hub.finished(errors: nil, files: [update.file]) }
    }
}
