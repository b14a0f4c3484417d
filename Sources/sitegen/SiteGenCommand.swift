import ArgumentParser
import Foundation
import SiteGen

@main
struct SiteGenCommand: AsyncParsableCommand {
    /// sitegen's version: `--version`, `--help` and the man page all show this one.
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "A static site generator: Markdown pages and Mustache templates in, a fast static site out.",
        discussion: """
            A site is a folder holding site.yaml (its settings), Content/ (its pages, in Markdown) and \
            Templates/ (its theme); 'sitegen init my-site' makes a new one. The other commands work on the \
            site in the current folder, or in the folder that --root names.

            Exit status: 0 on success, 1 when the content or templates are wrong, 2 for a wrong command line.
            """,
        version: "sitegen \(version)",
        subcommands: [InitCommand.self, BuildCommand.self, ServeCommand.self, NewCommand.self, CheckCommand.self,
                      ManualCommand.self])

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
                var message = fullMessage(for: error)
                if let word = CommandLine.arguments.dropFirst().first, let suggestion = CommandSuggestion.closest(to: word) {
                    message = "Error: Unknown command '\(word)'. Did you mean '\(suggestion)'?\n"
                        + message.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
                }
                FileHandle.standardError.write(Data((message + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}

/// Where a command finds the site, shared by every command that reads one.
struct SiteOptions: ParsableArguments {
    @Option(help: "The site's folder, holding site.yaml, Content/ and Templates/.", completion: .directory)
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
