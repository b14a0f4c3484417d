import Foundation
import Testing

/// The README's recipes for putting a site online, run as written wherever they run locally.
@Suite("deploy recipes")
struct DeployRecipeTests {
    static func site() throws -> SiteFixture {
        try SiteFixture(MinimalSite.with([
            "Content/articles/a.md": "---\ntitle: A\ndate: 2024-01-02\naliases: [/old/a/]\n---\nA, then [B](/articles/b/).\n",
            "Content/articles/b.md": "---\ntitle: B\ndate: 2024-01-03\n---\nB.\n",
            "Templates/assets/style.css": "body { margin: 0; }\n",
        ]))
    }

    @Test("GitHub Pages: built into docs/ under the repository's path, again in a fresh clone, with .nojekyll kept")
    func gitHubPages() throws {
        let site = try Self.site()
        defer { site.remove() }
        let recipe = ["build", "--output", "docs", "--base-url", "https://user.github.io/repo/", "--clean-output"]
        let first = try Sitegen.run(recipe, in: site.root)
        try #require(first.status == 0, "\(first)")
        try Data().write(to: site.root.appendingPathComponent("docs/.nojekyll"))

        // A clone has docs/ without the records sitegen keeps in extended attributes (cp -r drops them).
        let clone = site.sandbox.appendingPathComponent("clone")
        try #require(try Program.run("cp", ["-r", site.root.path, clone.path], in: site.sandbox).status == 0)
        try Data("---\ntitle: B\ndate: 2024-01-03\n---\nB, again.\n".utf8).write(to: clone.appendingPathComponent("Content/articles/b.md"))
        let second = try Sitegen.run(recipe, in: clone)
        #expect(second.status == 0, "\(second)")
        let docs = clone.appendingPathComponent("docs")
        #expect(FileManager.default.fileExists(atPath: docs.appendingPathComponent(".nojekyll").path),
                "a build leaves top-level dot files of its output alone")
        #expect(try String(contentsOf: docs.appendingPathComponent("articles/b/index.html"), encoding: .utf8).contains("B, again."))

        // Every root-relative link carries the repository's path, as GitHub serves the site under it.
        for file in try TreeSnapshot(of: docs).files where file.hasSuffix(".html") {
            let html = try String(contentsOf: docs.appendingPathComponent(file), encoding: .utf8)
            for match in html.matches(of: /(?:href|src|url=)"?(\/[^"]*)/) {
                #expect(match.1.hasPrefix("/repo/"), "\(file): \(match.1)")
            }
        }
        #expect(try String(contentsOf: docs.appendingPathComponent("old/a/index.html"), encoding: .utf8).contains("url=/repo/articles/a/"),
                "aliases redirect within the path")
    }

    @Test("A plain server: rsync -a --delete sends only what a build changed, and removes what it removed")
    func rsync() throws {
        try #require(Program.exists("rsync"), "needs rsync, which make test-deps installs")
        let site = try Self.site()
        defer { site.remove() }
        let server = site.sandbox.appendingPathComponent("www")
        try #require(try site.build().status == 0)
        let first = try Program.run("rsync", ["-a", "--delete", "Public/", server.path + "/"], in: site.root)
        try #require(first.status == 0, "\(first)")
        #expect(try TreeSnapshot(of: server) == TreeSnapshot(of: site.publicFolder))

        // Edit one page and remove another; sitegen keeps the times of files it did not change.
        try site.write(["Content/articles/a.md": "---\ntitle: A\ndate: 2024-01-02\naliases: [/old/a/]\n---\nA, edited.\n"])
        try site.delete("Content/articles/b.md")
        try #require(try site.build().status == 0)
        let second = try Program.run("rsync", ["-a", "--delete", "--itemize-changes", "Public/", server.path + "/"], in: site.root)
        try #require(second.status == 0, "\(second)")
        #expect(try TreeSnapshot(of: server) == TreeSnapshot(of: site.publicFolder))

        let sent = second.stdout.split(separator: "\n").filter { $0.hasPrefix(">f") }.map { String($0.split(separator: " ").last!) }
        #expect(sent.contains("articles/a/index.html"), "\(second.stdout)")
        #expect(!sent.contains("assets/style.css") && !sent.contains("old/a/index.html"), "unchanged files are not sent: \(second.stdout)")
        #expect(second.stdout.contains("*deleting   articles/b/index.html"), "\(second.stdout)")
    }
}
