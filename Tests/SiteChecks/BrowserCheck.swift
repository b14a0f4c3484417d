import Foundation

/// Runs `Scripts/browser_check.py`: headless Chromium loads pages and reports what went wrong.
enum BrowserCheck {
    /// Loads every path of `baseURL` at every width, saving screenshots in `screenshots`. With
    /// `waitFor` (a CSS selector), waits until it matches; `evaluate` is a JavaScript expression
    /// giving a string (or a promise of one), run last, whose value is the page's `evaluated`.
    ///
    /// Problems found in the pages are in the report; a check that could not run at all
    /// (no Chromium, no websocket-client, …) throws.
    static func run(baseURL: String, paths: [String], widths: [Int] = [390, 1280],
                    screenshots: URL, waitFor: String? = nil, evaluate: String? = nil) throws -> BrowserReport {
        var arguments = ["--base-url", baseURL, "--screenshots", screenshots.path]
        if let waitFor { arguments += ["--wait-for", waitFor] }
        if let evaluate { arguments += ["--evaluate", evaluate] }
        arguments += widths.flatMap { ["--width", String($0)] } + paths
        let run = try Python.runScript("browser_check.py", arguments, timeout: 240)
        // Exit 0: nothing found, 1: problems found; both come with the report.
        guard !run.timedOut, run.status == 0 || run.status == 1 else {
            struct Failure: Decodable { var error: String }
            if let failure = try? JSONDecoder().decode(Failure.self, from: Data(run.stdout.utf8)) {
                throw SiteCheckError("the browser check could not run: \(failure.error)")
            }
            throw SiteCheckError("the browser check could not run: \(run)")
        }
        do {
            return try JSONDecoder().decode(BrowserReport.self, from: Data(run.stdout.utf8))
        } catch {
            throw SiteCheckError("the browser check's report is not what was expected (\(error)): \(run)")
        }
    }
}
