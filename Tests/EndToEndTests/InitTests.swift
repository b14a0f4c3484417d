import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite("sitegen init")
struct InitTests {
    /// A fresh, empty folder to run `sitegen init` in.
    static func sandbox() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-init-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("init writes a site that builds and checks with nothing to report, and links only to what it has")
    func newSiteBuilds() throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }

        let made = try Sitegen.run(["init", "my-site"], in: sandbox)
        #expect(made.status == 0, "\(made)")
        #expect(made.stdout.contains("cd my-site"), "\(made)")
        let site = sandbox.appendingPathComponent("my-site")

        let build = try Sitegen.run(["build"], in: site)
        #expect(build.status == 0, "\(build)")
        #expect(build.stderr.isEmpty, "a new site's first build has nothing to warn of: \(build)")
        let check = try Sitegen.run(["check"], in: site)
        #expect(check.status == 0, "\(check)")
        #expect(check.stderr.isEmpty, "\(check)")
        #expect(check.stdout.contains("no problems found"), "\(check)")

        let output = site.appendingPathComponent("Public")
        #expect(try Self.linksLeadingNowhere(in: output) == [], "every link of the theme and the pages leads to a file of the site")
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8).contains("/articles/first-page/"))
    }

    @Test("the example page shows front matter, tags, sources and a real image")
    func examplePage() throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        #expect(try Sitegen.run(["init", "site"], in: sandbox).status == 0)
        let site = sandbox.appendingPathComponent("site")
        let build = try Sitegen.run(["build"], in: site)
        try #require(build.status == 0, "\(build)")

        let source = try String(contentsOf: site.appendingPathComponent("Content/articles/first-page.md"), encoding: .utf8)
        for key in ["title:", "date:", "tags:", "summary:", "sources:"] {
            #expect(source.contains("\n\(key)"), "the front matter shows \(key)")
        }
        let page = try String(contentsOf: site.appendingPathComponent("Public/articles/first-page/index.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"/tags/getting-started/\" rel=\"tag\">getting started</a>"))
        #expect(page.contains("<li id=\"source-1\">") && page.contains("<li id=\"source-2\">"), "two numbered sources")
        #expect(page.contains("<img src=\"/assets/images/first-page.svg\" alt=\"A sketch"), "the image, with alt text")

        let image = try Data(contentsOf: site.appendingPathComponent("Public/assets/images/first-page.svg"))
        let reader = RootElement()
        let parser = XMLParser(data: image)
        parser.delegate = reader
        #expect(parser.parse(), "the image is well-formed XML: \(String(describing: parser.parserError))")
        #expect(reader.name == "svg")
    }

    @Test("site.yaml has a comment above each of its settings")
    func commentedSettings() throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        #expect(try Sitegen.run(["init", "site"], in: sandbox).status == 0)

        let lines = try String(contentsOf: sandbox.appendingPathComponent("site/site.yaml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let settings = lines.indices.filter { !lines[$0].isEmpty && !lines[$0].hasPrefix("#") }
        #expect(settings.count >= 8, "\(lines)")
        for index in settings {
            #expect(index > 0 && lines[index - 1].hasPrefix("#"), "no comment above '\(lines[index])'")
        }
    }

    @Test("the theme init writes is the repository's Templates/, byte for byte")
    func themeIsTemplates() throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        #expect(try Sitegen.run(["init", "site"], in: sandbox).status == 0)

        var written = try TreeSnapshot(of: sandbox.appendingPathComponent("site/Templates"))
        written.entries["assets/images/first-page.svg"] = nil
        written.entries["assets/images"] = nil
        let templates = try TreeSnapshot(of: Program.repository.appendingPathComponent("Templates"))
        #expect(written == templates, "\(written.changes(since: templates))")
    }

    @Test("init into an empty folder that exists, the current one among them", arguments: [".", "empty"])
    func emptyFolder(target: String) throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        let folder = sandbox.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

        let made = try Sitegen.run(["init", target], in: target == "." ? folder : sandbox)
        #expect(made.status == 0, "\(made)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("site.yaml").path))
        #expect(try String(contentsOf: folder.appendingPathComponent("site.yaml"), encoding: .utf8).contains("title: \"Empty\""))
    }

    @Test("init refuses a folder that holds anything, or a file, and writes nothing", arguments: [
        (["my-site/notes.txt": "mine"], "my-site", "the folder is not empty: it holds 'notes.txt'"),
        (["my-site/.git/HEAD": "ref", "my-site/a": "", "my-site/b": "", "my-site/c": ""], "my-site",
         "it holds '.git', 'a', 'b' and 1 more"),
        (["my-site": "a file"], "my-site", "this is a file, not a folder"),
    ])
    func refusesNonEmpty(files: [String: String], target: String, message: String) throws {
        let sandbox = try Self.sandbox()
        defer { try? FileManager.default.removeItem(at: sandbox) }
        for (path, text) in files {
            let url = sandbox.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let before = try TreeSnapshot(of: sandbox)

        let run = try Sitegen.run(["init", target], in: sandbox)
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stderr.contains("sitegen init writes only into a new or empty folder"), "\(run.stderr)")
        #expect(run.stderr.hasSuffix("1 problem found; nothing was written.\n"), "\(run.stderr)")
        let after = try TreeSnapshot(of: sandbox)
        #expect(after == before, "\(after.changes(since: before))")
    }

    /// Root-relative `href` and `src` values in the HTML under `output` that name no file there
    /// (`/x/` stands for `/x/index.html`), each with the page it is on.
    static func linksLeadingNowhere(in output: URL) throws -> [String] {
        var missing: [String] = []
        for file in try TreeSnapshot(of: output).files where file.hasSuffix(".html") {
            let html = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
            for match in html.matches(of: /(?:href|src)="(\/[^"#?]*)/) {
                let path = String(match.1).removingPercentEncoding ?? String(match.1)
                let target = path.hasSuffix("/") ? path + "index.html" : path
                if !FileManager.default.fileExists(atPath: output.path + target) { missing.append("\(file): \(path)") }
            }
        }
        return missing
    }
}

/// Notes the name of a document's root element.
private final class RootElement: NSObject, XMLParserDelegate {
    var name: String?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == nil { name = elementName }
    }
}
