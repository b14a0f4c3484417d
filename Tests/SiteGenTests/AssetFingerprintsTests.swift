import Foundation
import Testing
@testable import SiteGen

@Suite("Fingerprinted theme assets")
struct AssetFingerprintsTests {
    @Test("names and template keys")
    func names() {
        #expect(AssetFingerprints.name("assets/style.css", hash: "3f2a9c1e") == "assets/immutable/style.3f2a9c1e.css")
        #expect(AssetFingerprints.name("assets/fonts/a.b.woff2", hash: "00ff00ff") == "assets/immutable/fonts/a.b.00ff00ff.woff2")
        #expect(AssetFingerprints.name("assets/LICENSE", hash: "12345678") == "assets/immutable/LICENSE.12345678")
        #expect(AssetFingerprints.name("assets/.x/LICENSE", hash: "12345678") == "assets/immutable/.x/LICENSE.12345678")
        #expect(AssetFingerprints.key("assets/style.css") == "style_css")
        #expect(AssetFingerprints.key("assets/images/first-page.svg") == "images_first_page_svg")
    }

    @Test("each asset under a name that changes with its bytes, its URL for templates, and a digest of them all")
    func fingerprints() throws {
        let site = try TemporarySite(files: ["style.css": "body { color: red }", "search.js": "let x = 1"])
        defer { site.remove() }
        func assets(_ css: String) throws -> AssetFingerprints {
            try css.write(to: site.root.appendingPathComponent("style.css"), atomically: false, encoding: .utf8)
            return AssetFingerprints.make([
                OutputFile(path: "assets/style.css", content: .copy(from: site.root.appendingPathComponent("style.css")), source: "Templates/assets/style.css"),
                OutputFile(path: "assets/search.js", content: .copy(from: site.root.appendingPathComponent("search.js")), source: "Templates/assets/search.js"),
            ], basePath: "/blog")
        }
        let red = try assets("body { color: red }")
        let url = try #require(red.urls["style_css"])
        #expect(url.wholeMatch(of: /\/blog\/assets\/immutable\/style\.[0-9a-f]{8}\.css/) != nil, "\(url)")
        #expect(red.files.map(\.path) == [String(url.dropFirst("/blog/".count)), String(red.urls["search_js"]!.dropFirst("/blog/".count))])
        let blue = try assets("body { color: blue }")
        #expect(blue.urls["style_css"] != url && blue.urls["search_js"] == red.urls["search_js"])
        #expect(blue.digest != red.digest)
        #expect(try assets("body { color: red }").digest == red.digest)
    }
}
