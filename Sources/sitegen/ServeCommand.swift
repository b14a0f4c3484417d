import ArgumentParser
import Dispatch
import Foundation
import SiteGen
import SiteGenServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve on loopback, and rebuild and reload open pages when a source changes.")

    @OptionGroup var site: SiteOptions

    @Option(help: "The address to listen on; loopback unless you choose otherwise.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0 picks a free one).")
    var port = 8000

    @Flag(help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(help: "Print how long each stage of every rebuild took.")
    var timings = false

    func run() async throws {
        let server = PreviewServer(options: BuildOptions(root: site.rootURL, includeDrafts: drafts), host: host, port: port,
                                   timings: timings)
        // Each line as it happens, also when the output is a file or a pipe.
        let task = Task { try await server.run(log: { FileHandle.standardOutput.write(Data(($0 + "\n").utf8)) }) }
        // Ctrl-C ends the server task, so open connections close and the port is released.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { DispatchSource.makeSignalSource(signal: $0, queue: .main) }
        for source in sources {
            source.setEventHandler { task.cancel() }
            source.resume()
        }
        do {
            try await task.value
        } catch is CancellationError {
        }
        // Without this, an optimised build releases the sources after the loop above, and with
        // SIGINT ignored, Ctrl-C would do nothing at all.
        withExtendedLifetime(sources) {}
        FileHandle.standardOutput.write(Data("Stopped.\n".utf8))
    }
}
