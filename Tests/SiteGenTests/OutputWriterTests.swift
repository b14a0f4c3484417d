import Foundation
import Testing
import Mustache
@testable import SiteGen

@Suite("Output writer")
struct OutputWriterTests {
    static func files(_ entries: [String: String]) -> [OutputFile] {
        entries.sorted { $0.key < $1.key }.map { OutputFile(path: $0.key, text: $0.value, source: "test") }
    }

    static func tree(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        let prefix = folder.standardizedFileURL.path + "/"
        while let url = enumerator?.nextObject() as? URL {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            result[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try String(contentsOf: url, encoding: .utf8)
        }
        return result
    }

    static func identity(_ url: URL) throws -> [FileAttributeKey: Any] {
        try FileManager.default.attributesOfItem(atPath: url.path)
    }

    @Test("a rebuild writes only changed files, removes stale ones and their folders, keeps the rest untouched")
    func rebuildTouchesOnlyWhatChanged() throws {
        let site = try TemporarySite(files: [:])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let writer = OutputWriter(output: output)
        let first = try writer.write(Self.files(["index.html": "home", "a/index.html": "A", "b/c/index.html": "C", "feed.xml": "feed"]))
        #expect(first.written == 4 && first.removed == 0)
        let kept = try Self.identity(output.appendingPathComponent("a/index.html"))

        let second = try writer.write(Self.files(["index.html": "home 2", "a/index.html": "A", "feed.xml": "feed", "d/index.html": "D"]))
        #expect(second.written == 2 && second.removed == 1)
        #expect(try Self.tree(output) == ["index.html": "home 2", "a/index.html": "A", "feed.xml": "feed", "d/index.html": "D"])
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("b").path), "the emptied folders go too")
        let after = try Self.identity(output.appendingPathComponent("a/index.html"))
        #expect(after[.systemFileNumber] as? Int == kept[.systemFileNumber] as? Int)
        #expect(after[.modificationDate] as? Date == kept[.modificationDate] as? Date)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(leftovers == ["Public"], "no staging folder is left behind: \(leftovers)")
    }

    @Test("with the previous write's manifest, files are compared by digest and the result is the same")
    func manifestRebuild() throws {
        let site = try TemporarySite(files: [:])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let writer = OutputWriter(output: output)
        let first = try writer.write(Self.files(["index.html": "home", "a/index.html": "A", "b/index.html": "B"]))
        let second = try writer.write(Self.files(["index.html": "home", "a/index.html": "A 2"]), previous: first.manifest)
        #expect(second.written == 1 && second.removed == 1)
        #expect(try Self.tree(output) == ["index.html": "home", "a/index.html": "A 2"])
        #expect(second.manifest.digests == ["index.html": ContentDigest("home"), "a/index.html": ContentDigest("A 2")])
    }

    @Test("each written file carries a record of its render key and digest; unchanged bytes from new inputs update it")
    func records() throws {
        let site = try TemporarySite(files: [:])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let writer = OutputWriter(output: output)
        func file(_ text: String, key: String?) -> OutputFile {
            var file = OutputFile(path: "a/index.html", text: text, source: "test")
            file.madeFrom = key.map(ContentDigest.init)
            return file
        }
        try writer.write([file("A", key: "one"), OutputFile(path: "robots.txt", text: "R", source: "test")])
        var manifest = try #require(OutputManifest.read(from: output))
        #expect(manifest.digests == ["a/index.html": ContentDigest("A"), "robots.txt": ContentDigest("R")])
        #expect(manifest.madeFrom == ["a/index.html": ContentDigest("one")])
        #expect(manifest.unrecorded.isEmpty)

        let same = try writer.write([file("A", key: "two"), OutputFile(path: "robots.txt", text: "R", source: "test")], previous: manifest)
        #expect(same.written == 0)
        manifest = try #require(OutputManifest.read(from: output))
        #expect(manifest.madeFrom == ["a/index.html": ContentDigest("two")], "the record follows the new key")

        try Data("B".utf8).write(to: output.appendingPathComponent("robots.txt"))
        manifest = try #require(OutputManifest.read(from: output))
        #expect(manifest.unrecorded == ["robots.txt"], "a file replaced by hand has no record")
        let repaired = try writer.write([file("A", key: "two"), OutputFile(path: "robots.txt", text: "R", source: "test")], previous: manifest)
        #expect(repaired.written == 1)
        #expect(try Self.tree(output) == ["a/index.html": "A", "robots.txt": "R"])
    }

    @Test("top-level dot files of the person deploying are kept")
    func dotFilesKept() throws {
        let site = try TemporarySite(files: ["Public/.git/HEAD": "ref", "Public/.nojekyll": "", "Public/old/index.html": "old"])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        // Even a write that may clear files sitegen did not write.
        try OutputWriter(output: output, replacesForeignFiles: true).write(Self.files(["index.html": "home"]))
        #expect(try Self.tree(output) == [".git/HEAD": "ref", ".nojekyll": "", "index.html": "home"])
    }

    @Test("a file stands where a folder must go, and a folder where a file must go")
    func fileAndFolderSwapPlaces() throws {
        let site = try TemporarySite(files: [:])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        try OutputWriter(output: output).write(Self.files(["a": "a file", "b/index.html": "in a folder"]))
        try OutputWriter(output: output).write(Self.files(["a/index.html": "now a folder", "b": "now a file"]))
        #expect(try Self.tree(output) == ["a/index.html": "now a folder", "b": "now a file"])
    }

    @Test("a file that cannot be written leaves the previous site exactly as it was")
    func failedWriteChangesNothing() throws {
        let site = try TemporarySite(files: ["Public/index.html": "old home", "Public/a/index.html": "A"])
        defer { site.remove() }
        let output = site.root.appendingPathComponent("Public")
        let before = try Self.identity(output.appendingPathComponent("index.html"))
        var files = Self.files(["index.html": "new home"])
        files.append(OutputFile(path: "assets/x.css", content: .copy(from: site.root.appendingPathComponent("missing.css")), source: "Templates/assets/x.css"))
        #expect(throws: BuildFailure.self) { try OutputWriter(output: output).write(files) }
        #expect(try Self.tree(output) == ["index.html": "old home", "a/index.html": "A"])
        #expect(try Self.identity(output.appendingPathComponent("index.html"))[.modificationDate] as? Date == before[.modificationDate] as? Date)
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted() == ["Public"])
    }
}

@Suite("Escaping and JSON text")
struct EscapingTests {
    @Test("template values are escaped as sitegen escapes the text it writes itself", arguments: [
        "plain", "", "<a href=\"x\">Tom & Jerry's</a>", "米粉 <3 小米", "🎵 & é", "&&'\"<>",
    ])
    func sameAsMustache(text: String) throws {
        let template = try MustacheTemplate(string: "{{value}}")
        #expect(HTML.escape(text) == template.render(["value": text]))
    }

    @Test("JSON-LD text: sorted keys, escaped slashes and control characters", arguments: [
        (JSONText.object(["b": .string("x"), "a": .object(["@type": .string("T")])]), #"{"a":{"@type":"T"},"b":"x"}"#),
        (.string("</script> \"q\" \\ \n\t\u{01} 米"), #""\u003c\/script\u003e \"q\" \\ \n\t\u0001 米""#),
        (.string("\u{1F}\u{0B}\u{08}\u{0C}\r é🎵"), #""\u001f\u000b\b\f\r é🎵""#),
        (.string("plain 米粉"), #""plain 米粉""#),
    ])
    func jsonText(value: JSONText, expected: String) {
        #expect(value.text == expected)
    }
}
