import Foundation
import SiteGen
import Testing

/// `kill -9` at random moments of clean and incremental builds of a 2,000-page site: the output
/// is always the old site or the new one, once the next sitegen has finished a commit the kill
/// cut short, and the next build always equals a clean one, empty folders included.
@Suite("sitegen build: killed at any moment")
struct KilledBuildTests {
    static let pageCount = 2_000
    static let killsPerKind = 10

    /// Version one, or version two of the same site: another page template (every page changes),
    /// a tenth of the pages gone and as many new ones (files removed, folders emptied and made).
    static func site(version: Int) -> [String: String] {
        // Without social cards: two thousand drawn cards would be most of each build, and the
        // commit, not the encoding, is what the kills are aimed at.
        var files = MinimalSite.with(["site.yaml": MinimalSite.siteYAML + "images:\n  cards: false\n"])
        let range = version == 1 ? 0..<pageCount : pageCount / 10..<pageCount + pageCount / 10
        for index in range {
            let day = 1 + index % 28, month = 1 + index / 28 % 12
            files["Content/section\(index % 4)/page-\(index).md"] = """
                ---
                title: Page \(index)
                date: 2025-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)
                tags: [tag\(index % 20), tag\(index % 7)]
                ---
                Text of page \(index), with a [link](/section\(index % 4)/).

                """
        }
        if version == 2 {
            files["Templates/page.mustache"] = files["Templates/page.mustache"]!.replacingOccurrences(of: "<body>", with: "<body>\n<p>v2</p>")
        }
        return files
    }

    /// Runs `sitegen build` and kills it after `delay` seconds, unless it ended first.
    static func buildAndKill(root: URL, output: URL, after delay: Double) throws -> Bool {
        let process = Process()
        process.executableURL = Sitegen.executable
        process.arguments = ["build", "--root", root.path, "--output", output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        let killed = process.isRunning && kill(process.processIdentifier, SIGKILL) == 0
        process.waitUntilExit()
        return killed && process.terminationReason == .uncaughtSignal
    }

    static func seconds(_ body: () throws -> Void) throws -> Double {
        let start = Date()
        try body()
        return Date().timeIntervalSince(start)
    }

    @Test("every kill leaves the old site or the new one, and the next build equals a clean one")
    func kills() throws {
        let one = try SiteFixture(Self.site(version: 1))
        defer { one.remove() }
        let two = try SiteFixture(Self.site(version: 2))
        defer { two.remove() }
        let work = one.sandbox
        let (oldSite, newSite, output) = (work.appendingPathComponent("old"), work.appendingPathComponent("new"), work.appendingPathComponent("out"))
        #expect(try one.build("--output", oldSite.path).status == 0)
        let cleanTime = try Self.seconds { let run = try two.build("--output", newSite.path); #expect(run.status == 0) }
        let (old, new) = (try TreeSnapshot(of: oldSite), try TreeSnapshot(of: newSite))
        let empty = try TreeSnapshot(of: output)

        var killed = 0
        for kind in ["clean", "incremental"] {
            // The time an uninterrupted build of this kind takes, to spread the kills over.
            var duration = cleanTime
            if kind == "incremental" {
                try restore(oldSite, to: output)
                duration = try Self.seconds { let run = try two.build("--output", output.path); #expect(run.status == 0) }
            }
            for round in 0..<Self.killsPerKind {
                try? FileManager.default.removeItem(at: output)
                if kind == "incremental" { try restore(oldSite, to: output) }
                // Half of the incremental kills are aimed at the end of the build, where its commit
                // replaces and removes files; the rest fall anywhere.
                let aimed = kind == "incremental" && round.isMultiple(of: 2)
                let delay = aimed ? Double.random(in: 0.6 * duration...1.05 * duration) : Double.random(in: 0.05...max(0.1, duration))
                let wasKilled = try Self.buildAndKill(root: two.root, output: output, after: delay)
                if wasKilled { killed += 1 }
                let context = "\(kind) build, round \(round)\(aimed ? " (aimed at the commit)" : ""), killed after \(delay) s: \(wasKilled)"

                _ = try OutputWriter(output: output).finishInterruptedCommit()
                let left = try TreeSnapshot(of: output)
                let before = kind == "clean" ? empty : old
                #expect(left == before || left == new,
                        "\(context): a mix of \(left.changes(since: before).count) changes from the old, \(left.changes(since: new).count) from the new")

                let next = try two.build("--output", output.path)
                #expect(next.status == 0, "\(context): \(next)")
                let after = try TreeSnapshot(of: output)
                #expect(after == new, "\(context): the next build differs from a clean one: \(after.changes(since: new).prefix(5))")
                let beside = try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasPrefix(".") }
                #expect(beside == [], "\(context): left beside the output: \(beside)")
            }
        }
        // Most kills land inside a build; a kill that comes after the build ended tests nothing.
        #expect(killed >= Self.killsPerKind, "only \(killed) of \(2 * Self.killsPerKind) kills landed inside a build")
    }

    /// The old site as a build left it, records included (`cp -a` keeps extended attributes).
    func restore(_ source: URL, to output: URL) throws {
        try? FileManager.default.removeItem(at: output)
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = ["-a", source.path, output.path]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0)
    }
}
