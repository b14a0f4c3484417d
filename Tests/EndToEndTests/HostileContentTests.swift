import Foundation
import Testing

@Suite("sitegen build: content that crashed or hung the build, or read files outside the site")
struct HostileContentTests {
    static func page(_ title: String, date: String = "2026-01-05", extra: String = "", body: String = "Body.") -> String {
        "---\ntitle: \(title)\ndate: \(date)\n\(extra)---\n\(body)\n"
    }

    @Test("a page saved twice under one name in two Unicode forms is an error naming both, not a crash")
    func sameNameInTwoForms() throws {
        let site = try SiteFixture(MinimalSite.with([:]))
        defer { site.remove() }
        // Written by bytes: Foundation may normalize the names it is given.
        try Self.writeRaw(site, "Content/caf\u{E9}.md", Self.page("Composed"))
        try Self.writeRaw(site, "Content/cafe\u{301}.md", Self.page("Decomposed"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent("Content").path).count == 2)
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains(
            "Content/caf\u{E9}.md: error: Content/cafe\u{301}.md (decomposed) and Content/caf\u{E9}.md (composed) would both write /caf\u{E9}/"),
            "\(run)")
        #expect(!site.exists("Public"))
    }

    @Test("aliases nested nine deep in front matter are refused at the key, in moments")
    func nestedAliases() throws {
        let levels = (1...9).map { level in
            "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }.joined()
        let site = try SiteFixture(MinimalSite.with(["Content/laughs.md": Self.page("Laughs", extra: "l0: &l0 lol\n" + levels)]))
        defer { site.remove() }
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains { $0.hasPrefix("Content/laughs.md:9:1: error: 'l5' expands through aliases nested in one another to more than ") },
                "\(run)")
    }

    @Test("symbolic links that loop are errors at each link, and the build ends", arguments: [
        (["Content/articles/a": ".", "Content/articles/b": "."],
         ["Content/articles/a: error: a symbolic link to Content/articles, a folder it lies in: following it would never end",
          "Content/articles/b: error: a symbolic link to Content/articles, a folder it lies in: following it would never end"]),
        (["Content/x/to-y": "../y", "Content/y/to-x": "../x"],
         ["Content/x/to-y/to-x: error: a symbolic link to Content/x, a folder it lies in: following it would never end",
          "Content/y/to-x/to-y: error: a symbolic link to Content/y, a folder it lies in: following it would never end"]),
    ])
    func linkLoops(links: [String: String], expected: [String]) throws {
        let site = try SiteFixture(MinimalSite.with([
            "Content/articles/x.md": Self.page("X"), "Content/x/a.md": Self.page("A"), "Content/y/b.md": Self.page("B"),
        ]))
        defer { site.remove() }
        for (path, destination) in links {
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        for line in expected { #expect(run.stderrLines.contains(line), "\(run)") }
    }

    @Test("a line of a megabyte of links is checked, each link at its own column")
    func lineFullOfLinks() throws {
        let line = String(repeating: "[a](/) ", count: 150_000) + "[z](/missing/)"
        let site = try SiteFixture(MinimalSite.with(["Content/links.md": "---\ntitle: Links\n---\n\(line)\n"]))
        defer { site.remove() }
        let run = try Self.run(["check", "--root", site.root.path], in: site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains("Content/links.md:4:1050001: error: link to '/missing/' goes nowhere: no page or file has that URL"),
                "\(run)")
    }

    @Test("pages linked from outside the site are neither published nor quoted")
    func linksOutside() throws {
        let site = try SiteFixture(MinimalSite.with(["Content/articles/inside.md": Self.page("Inside")]))
        defer { site.remove() }
        let outside = site.sandbox.appendingPathComponent("outside")
        let secret = outside.appendingPathComponent("secret.md")
        let folder = outside.appendingPathComponent("shared")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.page("Secret", body: "SECRET-BODY").write(to: secret, atomically: true, encoding: .utf8)
        try Self.page("Shared", body: "SHARED-BODY").write(to: folder.appendingPathComponent("shared.md"), atomically: true, encoding: .utf8)
        for (path, destination) in [("Content/secret.md", secret.path), ("Content/passwd.md", "/etc/passwd"),
                                    ("Content/shared", folder.path), ("Content/articles/again.md", "inside.md")] {
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        let run = try Self.build(site)
        #expect(run.status == 0, "\(run)")
        for text in ["SECRET", "SHARED", "root:"] {
            #expect(!run.stderr.contains(text) && !run.stdout.contains(text), "\(run)")
            #expect(try Self.published(site).allSatisfy { !$0.contains(text) })
        }
        // A link that stays inside the site is followed.
        #expect(site.exists("Public/articles/again/index.html"))
        #expect(!site.exists("Public/secret") && !site.exists("Public/passwd") && !site.exists("Public/shared"))
    }

    @Test("each link to outside the site that is left out is named in a warning")
    func linksOutsideWarned() throws {
        let site = try SiteFixture(MinimalSite.with(["Content/about.md": Self.page("About")]))
        defer { site.remove() }
        for (path, destination) in [("Content/passwd.md", "/etc/passwd"), ("Content/tmp", "/tmp")] {
            try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent(path).path, withDestinationPath: destination)
        }
        let run = try Self.build(site)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.contains("Content/passwd.md: warning: a symbolic link to a file outside the site; left out"), "\(run)")
        #expect(run.stderrLines.contains("Content/tmp: warning: a symbolic link to a folder outside the site; left out"), "\(run)")
    }

    @Test("a file named with a line break is reported on one line")
    func lineBreakInName() throws {
        let site = try SiteFixture(MinimalSite.with(["Content/a\nb.md": "Just text\n"]))
        defer { site.remove() }
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains(
            "Content/a\\nb.md:1:1: error: expected front matter starting with '---' on the first line, found 'Just text'"), "\(run)")
    }

    @Test("a slug or tag too long to be a file name is refused at its line and column", arguments: [
        ("slug: \(String(repeating: "a", count: 300))\n", "Content/long.md:4:7: error: slug '\(String(repeating: "a", count: 40))…' "
            + "makes a URL segment of 300 bytes, more than the 255 a file name can have"),
        ("tags: [short, \(String(repeating: "b", count: 256))]\n", "Content/long.md:4:15: error: tag '\(String(repeating: "b", count: 40))…' "
            + "makes a URL segment of 256 bytes, more than the 255 a file name can have"),
    ])
    func longSegments(frontMatter: String, expected: String) throws {
        let site = try SiteFixture(MinimalSite.with(["Content/long.md": Self.page("Long", extra: frontMatter)]))
        defer { site.remove() }
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains(expected), "\(run)")
    }

    @Test("a page whose URL is a list's or another page's is an error at its file, and at its slug when it sets one", arguments: [
        (["Content/tags.md": HostileContentTests.page("Tags")], "Content/tags.md: error: Content/tags.md would write /tags/, where sitegen writes the list of tags"),
        (["Content/find.md": HostileContentTests.page("Find", extra: "slug: search\n")],
         "Content/find.md:4:7: error: Content/find.md would write /search/, where sitegen writes the search page"),
        (["Content/a.md": HostileContentTests.page("A", extra: "slug: b\n"), "Content/b.md": HostileContentTests.page("B")],
         "Content/a.md:4:7: error: Content/a.md and Content/b.md would both write /b/"),
    ])
    func urlCollisions(pages: [String: String], expected: String) throws {
        let site = try SiteFixture(MinimalSite.with(pages.merging(["Templates/search.mustache": "<html><body>Search</body></html>\n"]) { a, _ in a }))
        defer { site.remove() }
        let run = try Self.build(site)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderrLines.contains(expected), "\(run)")
    }
}

extension HostileContentTests {
    /// How long a run may take before it is stopped: a safety net, so that a build that would
    /// never end fails its test instead of holding up the run, not a measure of speed.
    static let safetyLimit: TimeInterval = 300

    static func build(_ site: SiteFixture) throws -> Sitegen.Run {
        try run(["build", "--root", site.root.path], in: site)
    }

    /// `Sitegen.run`, stopped with SIGKILL after `safetyLimit`; a stopped run has status -1.
    static func run(_ arguments: [String], in site: SiteFixture) throws -> Sitegen.Run {
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-e2e-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let (outURL, errURL) = (logs.appendingPathComponent("stdout"), logs.appendingPathComponent("stderr"))
        for url in [outURL, errURL] { _ = FileManager.default.createFile(atPath: url.path, contents: nil) }
        let (out, err) = (try FileHandle(forWritingTo: outURL), try FileHandle(forWritingTo: errURL))
        let process = Process()
        process.executableURL = Sitegen.executable
        process.arguments = arguments
        process.currentDirectoryURL = site.sandbox
        (process.standardInput, process.standardOutput, process.standardError) = (FileHandle.nullDevice, out, err)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        let stopped = exited.wait(timeout: .now() + safetyLimit) == .timedOut
        if stopped {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        try out.close()
        try err.close()
        return Sitegen.Run(status: stopped ? -1 : process.terminationStatus,
                           stdout: try String(contentsOf: outURL, encoding: .utf8),
                           stderr: (stopped ? "stopped after \(Int(safetyLimit)) s\n" : "") + (try String(contentsOf: errURL, encoding: .utf8)))
    }

    /// Writes `text` at `path` of the site, the name's bytes as they are.
    static func writeRaw(_ site: SiteFixture, _ path: String, _ text: String) throws {
        let location = site.root.path + "/" + path
        try FileManager.default.createDirectory(atPath: (location as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let descriptor = open(location, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(descriptor) }
        let bytes = Array(text.utf8)
        guard write(descriptor, bytes, bytes.count) == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }

    /// The text of every file the build wrote.
    static func published(_ site: SiteFixture) throws -> [String] {
        let folder = site.root.appendingPathComponent("Public")
        guard let files = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return files.compactMap { $0 as? String }.compactMap { try? String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) }
    }
}
