import ArgumentParser
import Foundation
import SiteGen

/// `make install` writes the man page with it; hidden from help and completions.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-manual",
        abstract: "Print sitegen's man page, sitegen(1), in roff.",
        shouldDisplay: false)

    func run() throws {
        guard let page = ManualPage.render(toolInfo: Data(SiteGenCommand._dumpHelp().utf8), version: SiteGenCommand.version) else {
            FileHandle.standardError.write(Data("error: could not read the description of sitegen's commands\n".utf8))
            throw ExitCode.failure
        }
        print(page, terminator: "")
    }
}
