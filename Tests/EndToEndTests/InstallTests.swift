import Foundation
import Testing

/// `make install` and `make uninstall`, with the binary under test rather than a release build.
@Suite("make install")
struct InstallTests {
    static let installed = [
        "bin/sitegen", "share/man/man1/sitegen.1", "share/bash-completion/completions/sitegen",
        "share/zsh/site-functions/_sitegen", "share/fish/vendor_completions.d/sitegen.fish",
    ]

    @Test("installs a binary that runs with no checkout, its man page and its completions; uninstall removes them")
    func installAndUninstall() throws {
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let variables = ["PREFIX=\(prefix.path)", "SITEGEN_BIN=\(Sitegen.executable.path)"]

        let install = try Program.run("make", ["--no-print-directory", "install"] + variables, in: Program.repository)
        try #require(install.status == 0, "\(install)")
        #expect(try TreeSnapshot(of: prefix).files == Self.installed.sorted())

        // The installed binary, run away from the repository: init carries its theme inside.
        let binary = prefix.appendingPathComponent("bin/sitegen").path
        let version = try Program.run(binary, ["--version"], in: prefix)
        #expect(version.status == 0, "\(version)")
        #expect(version.stdout == (try Sitegen.run(["--version"], in: prefix)).stdout)
        #expect(try Program.run(binary, ["init", "site"], in: prefix).status == 0)
        let build = try Program.run(binary, ["build"], in: prefix.appendingPathComponent("site"))
        #expect(build.status == 0, "\(build)")
        try FileManager.default.removeItem(at: prefix.appendingPathComponent("site"))

        let manual = try Program.run("man", ["--warnings", "-l", prefix.appendingPathComponent(Self.installed[1]).path],
                                     in: prefix, environment: ["MANWIDTH": "100", "MANPAGER": "cat", "LC_ALL": "C.UTF-8"])
        #expect(manual.status == 0, "\(manual)")
        #expect(manual.stderr.isEmpty, "groff has nothing to warn of: \(manual.stderr)")
        #expect(manual.stdout.hasPrefix("SITEGEN(1)"), "\(manual.stdout)")
        let help = try Sitegen.run(["--help"], in: prefix).stdout
        for command in ["init", "build", "serve", "new", "check"] {
            #expect(help.contains("\n  \(command) "), "--help lists \(command)")
            #expect(manual.stdout.contains("sitegen \(command)"), "the man page has \(command)")
        }
        for option in ["--clean-output", "--base-url base-url", "--drafts", "--version", "Exit status: 0"] {
            #expect(manual.stdout.contains(option), "the man page shows \(option)")
        }
        #expect(!manual.stdout.contains("generate-manual"), "the hidden command stays hidden")

        let bash = prefix.appendingPathComponent(Self.installed[2])
        let syntax = try Program.run("bash", ["-n", bash.path], in: prefix)
        #expect(syntax.status == 0, "\(syntax)")
        #expect(try String(contentsOf: bash, encoding: .utf8).contains("init build serve new check"))
        #expect(try String(contentsOf: prefix.appendingPathComponent(Self.installed[3]), encoding: .utf8).hasPrefix("#compdef sitegen"))
        #expect(try String(contentsOf: prefix.appendingPathComponent(Self.installed[4]), encoding: .utf8).contains("complete -c 'sitegen'"))

        let uninstall = try Program.run("make", ["--no-print-directory", "uninstall"] + variables, in: Program.repository)
        #expect(uninstall.status == 0, "\(uninstall)")
        #expect(try TreeSnapshot(of: prefix).files == [])
    }
}
