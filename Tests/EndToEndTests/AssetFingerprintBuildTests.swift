import Foundation
import Testing

@Suite("sitegen build: fingerprinted theme assets")
struct AssetFingerprintBuildTests {
    @Test("the head links the stylesheet under a name holding its digest, a new name when it changes; the file under its own name stays")
    func fingerprinted() throws {
        let site = try SocialCardBuildTests.site()
        defer { site.remove() }
        try site.write(["site.yaml": MinimalSite.siteYAML + "images:\n  cards: false\n"])
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/front/photo.jpg"))
        #expect(try site.build().status == 0)
        func stylesheet() throws -> String {
            let html = try site.read("Public/works/plain/index.html")
            let match = try #require(html.firstMatch(of: /<link rel="stylesheet" href="(\/assets\/immutable\/style\.[0-9a-f]{8}\.css)">/), "\(html)")
            return String(match.1)
        }
        let first = try stylesheet()
        let css = try site.read("Templates/assets/style.css")
        #expect(try site.read("Public" + first) == css)
        #expect(try site.read("Public/assets/style.css") == css)
        try site.write(["Templates/assets/style.css": css + "\nbody { margin: 0 }\n"])
        #expect(try site.build().status == 0)
        let second = try stylesheet()
        #expect(second != first && !site.exists("Public" + first))
        #expect(try site.read("Public" + second).hasSuffix("body { margin: 0 }\n"))
    }
}
