import Foundation
import Testing
@testable import SiteGen

/// `serve` keeps its store between builds: an image whose bytes did not change is neither read
/// again nor encoded again, whatever else changed.
@Suite("Images in serve's rebuilds")
struct ImageRebuildTests {
    /// A 1 × 1 PNG.
    static let pixel = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")!

    @Test("an edit to the page showing an image, or to another page, encodes nothing; a changed image, only its own files")
    func encodedOnce() throws {
        let site = try TemporarySite(files: [
            "site.yaml": "title: T\nbase_url: https://x.example/\n",
            "Content/works/dot/index.md": "---\ntitle: Dot\ndate: 2026-01-10\n---\n![a dot](dot.png)\n",
            "Content/works/other.md": "---\ntitle: Other\ndate: 2026-01-11\n---\nText.\n",
        ])
        defer { site.remove() }
        try FileManager.default.copyItem(at: DefaultThemeTests.templates, to: site.root.appendingPathComponent("Templates"))
        try Self.pixel.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        let options = BuildOptions(root: site.root, output: site.root.appendingPathComponent("Public"))
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        // The PNG under its own name, as AVIF and as WebP; the two pages' cards; the lists': home,
        // the section, tags, the archive, its year and month, search.
        #expect(store.imagesEncoded == 12)
        try "---\ntitle: Dot\ndate: 2026-01-10\n---\n![a red dot](dot.png)\n"
            .write(to: site.root.appendingPathComponent("Content/works/dot/index.md"), atomically: false, encoding: .utf8)
        let edited = try SiteBuilder.build(options, store: store)
        #expect(store.imagesEncoded == 0 && edited.imagesEncoded == 0)
        #expect(store.rendered.contains("works/dot/index.html") && !store.rendered.contains { $0.hasSuffix(".avif") })
        try Self.pixel.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        try SiteBuilder.build(options, store: store)
        #expect(store.imagesEncoded == 0, "the same bytes written again")
        var changed = Self.pixel
        changed.append(0)
        try changed.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        try SiteBuilder.build(options, store: store)
        #expect(store.imagesEncoded == 4, "the image's three files and the card cut from it")
    }

    /// A 2 × 1 PNG.
    static let wide = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4z8AARAAI/gH/xp559wAAAABJRU5ErkJggg==")!

    /// In sections of their own: a page's newer and older neighbours may show anything of it.
    @Test("an image that changes size renders again only the pages showing it; one keeping its size, no page")
    func pagesShowingAnImage() throws {
        let site = try TemporarySite(files: [
            "site.yaml": "title: T\nbase_url: https://x.example/\n",
            "Content/works/dot/index.md": "---\ntitle: Dot\ndate: 2026-01-10\n---\n![a dot](dot.png)\n",
            "Content/prints/line/index.md": "---\ntitle: Line\ndate: 2026-01-11\nimage: line.png\nimage_alt: a line\n---\nText.\n",
            "Content/notes/other.md": "---\ntitle: Other\ndate: 2026-01-12\n---\nText.\n",
        ])
        defer { site.remove() }
        try FileManager.default.copyItem(at: DefaultThemeTests.templates, to: site.root.appendingPathComponent("Templates"))
        try Self.pixel.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        try Self.pixel.write(to: site.root.appendingPathComponent("Content/prints/line/line.png"))
        let options = BuildOptions(root: site.root, output: site.root.appendingPathComponent("Public"))
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)
        try Self.wide.write(to: site.root.appendingPathComponent("Content/works/dot/dot.png"))
        try SiteBuilder.build(options, store: store)
        let pages = ["works/dot/index.html", "prints/line/index.html", "notes/other/index.html"]
        #expect(pages.filter(store.rendered.contains) == ["works/dot/index.html"], "\(store.rendered)")
        try Self.wide.write(to: site.root.appendingPathComponent("Content/prints/line/line.png"))
        try SiteBuilder.build(options, store: store)
        #expect(pages.filter(store.rendered.contains) == ["prints/line/index.html"], "\(store.rendered)")
        var changed = Self.wide
        changed.append(0)
        try changed.write(to: site.root.appendingPathComponent("Content/prints/line/line.png"))
        try SiteBuilder.build(options, store: store)
        #expect(pages.filter(store.rendered.contains) == [], "\(store.rendered)")
        #expect(store.imagesEncoded > 0)
    }
}
