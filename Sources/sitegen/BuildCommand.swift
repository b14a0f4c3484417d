import ArgumentParser
import Foundation
import SiteGen

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build Content/ and Templates/ into Public/.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Include pages dated in the future.")
    var future = false

    @Flag(help: "Treat broken internal links and images, and pages missing the sources their section requires, as errors.")
    var strict = false

    @Flag(help: "Print the time each stage of the build took.")
    var timings = false

    @Option(help: "The folder to build into (default: Public/ in the site's folder).", completion: .directory)
    var output: String?

    @Flag(name: .customLong("clean-output"),
          help: "Let the build remove or replace files in the output folder that sitegen did not write.")
    var cleanOutput = false

    @Option(name: .customLong("base-url"), help: "Replace base_url from site.yaml, e.g. https://example.org/.")
    var baseURL: String?

    func run() throws {
        var options = BuildOptions(
            root: site.rootURL,
            output: output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) },
            includeDrafts: drafts,
            includeFuture: future,
            baseURL: baseURL)
        options.strict = strict
        options.cleanOutput = cleanOutput
        // On a terminal only, and once encoding has taken more than a moment: a line written over.
        let terminal = isatty(STDOUT_FILENO) == 1
        if terminal {
            options.progress = { progress in
                guard progress.seconds >= 1 else { return }
                FileHandle.standardOutput.write(Data(("\r\u{1B}[2K" + progress.line).utf8))
            }
        }
        // Holds what the build parsed and rendered until the process ends, and the process ends
        // without freeing it: taking apart millions of objects one by one takes seconds on a large site.
        let store = BuildStore(.outputRecords)
        do {
            let report = try SiteBuilder.build(options, store: store)
            if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) }
            for note in report.notes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
            print(report.summary)
            if timings { print(report.timings.table) }
        } catch {
            if terminal { FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8)) }
            try fail(error)
        }
        withExtendedLifetime(store) { Foundation.exit(EXIT_SUCCESS) }
    }
}
