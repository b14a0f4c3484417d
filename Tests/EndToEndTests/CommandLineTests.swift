import Foundation
import Testing

@Suite("sitegen: the command line")
struct CommandLineTests {
    @Test("a wrong command line exits 2 and says what is wrong", arguments: [
        (["build", "--nope"], "Unknown option '--nope'"),
        (["build", "--output"], "Missing value for '--output <output>'"),
        (["frobnicate"], "Unexpected argument 'frobnicate'"),
    ])
    func wrongCommandLine(arguments: [String], message: String) throws {
        let site = try SiteFixture(MinimalSite.with([:]))
        defer { site.remove() }

        let run = try Sitegen.run(arguments, in: site.root)
        #expect(run.status == 2, "\(run)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!site.exists("Public"))
    }

    @Test("build --help exits 0 and lists every build option")
    func help() throws {
        let site = try SiteFixture(MinimalSite.with([:]))
        defer { site.remove() }

        let run = try Sitegen.run(["build", "--help"], in: site.root)
        #expect(run.status == 0, "\(run)")
        for option in ["--drafts", "--output", "--base-url", "--root"] {
            #expect(run.stdout.contains(option), "\(run.stdout)")
        }
        #expect(!site.exists("Public"))
    }
}
