import ArgumentParser
import Foundation
import SiteGen

@main
struct SiteGenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator: Markdown pages and Mustache templates in, a fast static site out.",
        subcommands: [BuildCommand.self, ServeCommand.self, NewCommand.self, CheckCommand.self])

    /// ArgumentParser exits 64 on a bad command line; sitegen's contract says 2.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Where a command finds the site, shared by every command that reads one.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site's folder, holding site.yaml, Content/ and Templates/.")
    var root: String = "."

    var rootURL: URL {
        URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
    }
}

extension ParsableCommand {
    /// Prints every problem of a failed build to standard error, then exits 1.
    func fail(_ failure: BuildFailure, written: Bool = true) throws -> Never {
        let count = failure.diagnostics.count
        let text = failure.description + "\n\(count) problem\(count == 1 ? "" : "s") found"
            + (written ? "; nothing was written.\n" : ".\n")
        FileHandle.standardError.write(Data(text.utf8))
        throw ExitCode.failure
    }
}
