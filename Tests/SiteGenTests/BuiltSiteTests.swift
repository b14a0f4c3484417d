import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteGen

/// Checks on whole built sites (the golden fixture and the archive itself) that hold for any
/// content: feeds and sitemap are valid XML of their kind, and no internal link dangles.
@Suite("Built sites")
struct BuiltSiteTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let sites = [
        GoldenSiteTests.fixtures.appendingPathComponent("basic"),
        repository,
    ]

    static func build(_ root: URL) throws -> (URL, [String: Data]) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-built-\(UUID().uuidString)")
        try SiteBuilder.build(BuildOptions(root: root, output: output, now: Date(timeIntervalSince1970: 1_795_000_000)))
        return (output, try FileTree.read(output))
    }

    @Test("feeds are Atom 1.0 with every required element", arguments: sites)
    func feeds(root: URL) throws {
        let (output, files) = try Self.build(root)
        defer { try? FileManager.default.removeItem(at: output) }
        let feeds = files.keys.filter { $0.hasSuffix("feed.xml") }
        #expect(feeds.contains("feed.xml"))
        #expect(feeds.count > 1, "tags have feeds too")
        for path in feeds {
            let document = try XMLDocument(data: files[path]!)
            let feed = try #require(document.rootElement())
            #expect(feed.name == "feed")
            #expect(feed.uri == "http://www.w3.org/2005/Atom", "\(path) is not in the Atom namespace")
            for name in ["title", "id", "updated", "author"] {
                #expect(!feed.elements(forName: name).isEmpty, "\(path) has no <\(name)>")
            }
            let entries = feed.elements(forName: "entry")
            #expect(!entries.isEmpty, "\(path) has no entries")
            for entry in entries {
                for name in ["title", "id", "updated", "link", "content"] {
                    #expect(entry.elements(forName: name).count >= 1, "an entry of \(path) has no <\(name)>")
                }
                let id = entry.elements(forName: "id").first?.stringValue ?? ""
                #expect(id.hasPrefix("https://"), "entry ids are absolute URLs: \(id)")
            }
        }
    }

    @Test("the sitemap lists every HTML page with absolute URLs", arguments: sites)
    func sitemap(root: URL) throws {
        let (output, files) = try Self.build(root)
        defer { try? FileManager.default.removeItem(at: output) }
        let document = try XMLDocument(data: try #require(files["sitemap.xml"]))
        let urlset = try #require(document.rootElement())
        #expect(urlset.name == "urlset")
        #expect(urlset.uri == "http://www.sitemaps.org/schemas/sitemap/0.9")
        let locations = Set(urlset.elements(forName: "url").compactMap { $0.elements(forName: "loc").first?.stringValue })
        let config = try SiteBuilder.loadConfig(BuildOptions(root: root))
        let pages = files.keys.filter { $0.hasSuffix("index.html") && !$0.contains("/page/") }
        for page in pages where !isRedirect(files[page]!) {
            let path = OutputPath(components: page.split(separator: "/").dropLast().map(String.init))
            #expect(locations.contains(config.baseURL + path.url), "the sitemap misses \(page)")
        }
        #expect(String(decoding: files["robots.txt"]!, as: UTF8.self).contains("Sitemap: \(config.baseURL)/sitemap.xml"))
    }

    @Test("every internal link and image resolves to a built file", arguments: sites)
    func internalLinks(root: URL) throws {
        let (output, files) = try Self.build(root)
        defer { try? FileManager.default.removeItem(at: output) }
        let config = try SiteBuilder.loadConfig(BuildOptions(root: root))
        var checked = 0
        for (path, data) in files where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            for link in LinkExtractor.links(in: html) {
                guard let target = LinkExtractor.resolve(link, basePath: config.basePath) else { continue }
                checked += 1
                #expect(files[target.file] != nil, "\(path) links to \(link), which was not built")
                if let fragment = target.fragment, let page = files[target.file] {
                    #expect(String(decoding: page, as: UTF8.self).contains("id=\"\(fragment)\""),
                            "\(path) links to #\(fragment), which \(target.file) does not have")
                }
            }
        }
        #expect(checked > 20, "the check found too few links to mean anything")
    }

    private func isRedirect(_ data: Data) -> Bool {
        String(decoding: data, as: UTF8.self).contains("http-equiv=\"refresh\"")
    }
}

/// Finds `href` and `src` values in HTML and maps site-internal ones to output files.
enum LinkExtractor {
    static func links(in html: String) -> [String] {
        var links: [String] = []
        for attribute in [" href=\"", " src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let value = rest[start.upperBound...]
                guard let end = value.firstIndex(of: "\"") else { break }
                links.append(String(value[..<end]).replacingOccurrences(of: "&amp;", with: "&"))
                rest = value[end...]
            }
        }
        return links
    }

    /// The output file and fragment an internal link points at; nil for external links.
    static func resolve(_ link: String, basePath: String) -> (file: String, fragment: String?)? {
        guard link.hasPrefix("/"), !link.hasPrefix("//") else { return nil }
        var path = String(link.dropFirst(basePath.count))
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...]).removingPercentEncoding
            path = String(path[..<hash])
        }
        path = path.removingPercentEncoding ?? path
        if path.hasSuffix("/") || path.isEmpty { path += "index.html" }
        return (String(path.drop { $0 == "/" }), fragment)
    }
}
