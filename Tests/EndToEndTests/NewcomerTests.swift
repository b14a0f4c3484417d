import Foundation
import Testing

/// What someone new to sitegen meets first: its version, a build outside a site, a typing slip.
@Suite("sitegen for a newcomer")
struct NewcomerTests {
    @Test("--version prints the version, and --help offers it")
    func version() throws {
        let folder = FileManager.default.temporaryDirectory
        let run = try Sitegen.run(["--version"], in: folder)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.wholeMatch(of: /sitegen \d+\.\d+\.\d+\n/) != nil, "\(run.stdout)")
        let help = try Sitegen.run(["--help"], in: folder)
        #expect(help.stdout.contains("--version"), "\(help)")
        #expect(help.stdout.contains("init"), "\(help)")
    }

    @Test("build and check outside a site say what a site is and how to make one")
    func outsideASite() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-nosite-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        for command in ["build", "check"] {
            let run = try Sitegen.run([command], in: folder)
            #expect(run.status == 1, "\(run)")
            #expect(run.stderr.contains("is not a site: it has no site.yaml"), "\(run.stderr)")
            #expect(run.stderr.contains("a site is a folder holding site.yaml (its settings), Content/ (its pages) and Templates/ (its theme)"),
                    "\(run.stderr)")
            #expect(run.stderr.contains("'sitegen init my-site' makes a new one"), "\(run.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [], "nothing written")
    }

    @Test("a command with a typing slip exits 2 and names the command meant", arguments: [
        ("biuld", "build"), ("chekc", "check"), ("serv", "serve"), ("nwe", "new"), ("int", "init"), ("Build", "build"),
    ])
    func misspeltCommand(typed: String, meant: String) throws {
        let run = try Sitegen.run([typed], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.hasPrefix("Error: Unknown command '\(typed)'. Did you mean '\(meant)'?\n"), "\(run.stderr)")
        #expect(run.stderr.contains("sitegen --help"), "the usage follows: \(run.stderr)")
    }

    @Test("a word far from every command is not given a guess")
    func farWord() throws {
        let run = try Sitegen.run(["deploy"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 2, "\(run)")
        #expect(!run.stderr.contains("Did you mean"), "\(run.stderr)")
        #expect(run.stderr.contains("Unexpected argument 'deploy'"), "\(run.stderr)")
    }
}
