import Foundation
import Testing

/// A page's front matter `image:` and every page's social card, through the binary.
@Suite("sitegen build: page images and social cards")
struct SocialCardBuildTests {
    static func page(image: String) -> String {
        "---\ntitle: Front\ndate: 2026-01-10\nimage: \(image)\nimage_alt: A print of the logo\n---\nText.\n"
    }

    /// The repository's own theme, whose head names the card.
    static let theme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates")

    static func site(image: String = "photo.jpg", yaml: String = "") throws -> SiteFixture {
        let site = try SiteFixture(MinimalSite.with([
            "site.yaml": MinimalSite.siteYAML + "images:\n  widths: [16, 48]\n" + yaml,
            "Content/works/front/index.md": page(image: image),
            "Content/works/plain.md": "---\ntitle: 小米社区的声音\ndate: 2026-01-11\n---\nNo picture.\n",
        ]))
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("Templates"))
        try FileManager.default.copyItem(at: theme, to: site.root.appendingPathComponent("Templates"))
        return site
    }

    /// A PNG's width and height, from its header.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data)
        guard bytes.count > 24, bytes[12..<16].elementsEqual("IHDR".utf8) else { return nil }
        func number(_ at: Int) -> Int { bytes[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (number(16), number(20))
    }

    @Test("a page's image: is made as Markdown's images are; each page has a 1200 × 630 card, named in its head")
    func cards() throws {
        let site = try Self.site()
        defer { site.remove() }
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/front/photo.jpg"))
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        for name in ["photo-16w.avif", "photo-16w.webp", "photo.jpg"] { #expect(site.exists("Public/works/front/" + name), "\(name)") }
        for page in ["works/front", "works/plain"] {
            let card = try Data(contentsOf: site.root.appendingPathComponent("Public/\(page)/card.png"))
            #expect(Self.pngSize(card)! == (1200, 630), "\(page)")
            #expect(card.range(of: Data("Exif".utf8)) == nil)
        }
        let front = try site.read("Public/works/front/index.html")
        #expect(front.contains("""
            <meta property="og:image" content="https://test.example/works/front/card.png">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="A print of the logo">
            <meta name="twitter:card" content="summary_large_image">
            """), "\(front)")
        let plain = try site.read("Public/works/plain/index.html")
        #expect(plain.contains("<meta property=\"og:image:alt\" content=\"小米社区的声音 — "), "\(plain)")
        // With cards: false, none.
        try site.write(["site.yaml": MinimalSite.siteYAML + "images:\n  cards: false\n"])
        #expect(try site.build().status == 0)
        #expect(!site.exists("Public/works/plain/card.png"))
        #expect(!(try site.read("Public/works/plain/index.html")).contains("og:image"))
    }

    /// The `<img>` tags of `html`'s `<main>`.
    static func images(inMain html: String) -> [String] {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<img ").dropFirst().map { "<img " + $0.prefix { $0 != ">" } + ">" }
    }

    @Test("every list has a 1200 × 630 card its head names; the theme shows a page's image at once above its text, and lazily as a thumbnail in lists")
    func listsAndTheme() throws {
        let site = try Self.site()
        defer { site.remove() }
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/front/photo.jpg"))
        try site.write(["Content/works/front/index.md": Self.page(image: "photo.jpg") + "\n![The print again](photo.jpg)\n",
                        "Content/works/plain.md": "---\ntitle: Plain\ndate: 2026-01-11\ntags: [prints]\n---\nNo picture.\n"])
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        for list in ["", "works/", "tags/", "tags/prints/", "archive/", "archive/2026/", "archive/2026/01/", "search/"] {
            let card = try Data(contentsOf: site.root.appendingPathComponent("Public/\(list)card.png"))
            #expect(Self.pngSize(card).map { $0 == (1200, 630) } == true, "\(list)")
        }
        let works = try site.read("Public/works/index.html")
        #expect(works.contains("""
            <meta property="og:image" content="https://test.example/works/card.png">
            <meta property="og:image:width" content="1200">
            <meta property="og:image:height" content="630">
            <meta property="og:image:alt" content="Works — Test Site">
            <meta name="twitter:card" content="summary_large_image">
            """), "\(works)")
        // The page: its image first and at once, with its size; the text's image lazy.
        let front = Self.images(inMain: try site.read("Public/works/front/index.html"))
        let eager = front.filter { !$0.contains("loading=\"lazy\"") }
        #expect(eager.count == 1 && eager.first?.hasPrefix("<img src=\"/works/front/photo.jpg\" srcset=\"/works/front/photo-16w.jpg 16w") == true,
                "\(front)")
        #expect(eager.first?.contains("sizes=\"(max-width: 48rem) 100vw, 48rem\" width=\"32\" height=\"64\" alt=\"A print of the logo\">") == true,
                "\(front)")
        #expect(front.contains { $0.contains("alt=\"The print again\" loading=\"lazy\"") }, "\(front)")
        // In the list, a thumbnail sized for its small box, lazy, with the image's alt; none for a page without.
        let thumbnails = Self.images(inMain: works)
        #expect(thumbnails.count == 1, "\(thumbnails)")
        #expect(thumbnails.first?.contains("sizes=\"5rem\" width=\"32\" height=\"64\" alt=\"A print of the logo\" loading=\"lazy\" decoding=\"async\"") == true,
                "\(thumbnails)")
        #expect(works.contains("<source type=\"image/avif\" srcset=\"/works/front/photo-16w.avif 16w"), "\(works)")
    }

    @Test("a front matter image that is missing, empty, damaged, not what its name says, or too large is an error at its line",
          arguments: [
            ("missing.jpg", "", "Content/works/front/index.md:4:8: error: image 'missing.jpg' names /works/front/missing.jpg, which is no file of the site"),
            ("empty.jpg", "", "Content/works/front/empty.jpg: error: the image is empty (0 bytes) (shown by Content/works/front/index.md:4:8)"),
            ("cut.jpg", "", "Content/works/front/cut.jpg: error: is not an image libvips can read: VipsJpeg: Premature end of JPEG file (shown by Content/works/front/index.md:4:8)"),
            ("png.jpg", "", "Content/works/front/png.jpg: error: is not the JPEG image its name says (libvips reads it with pngload"),
            ("chart.png", "  max_pixels: 1000\n", "Content/works/front/chart.png: error: has 64 × 32 pixels, more than the 1000 images.max_pixels allows (shown by Content/works/front/index.md:4:8)"),
          ])
    func badImages(image: String, yaml: String, message: String) throws {
        let site = try Self.site(image: image, yaml: yaml)
        defer { site.remove() }
        let folder = site.root.appendingPathComponent("Content/works/front")
        try Data().write(to: folder.appendingPathComponent("empty.jpg"))
        try TestImages.jpegWithGPS.prefix(400).write(to: folder.appendingPathComponent("cut.jpg"))
        try TestImages.png.write(to: folder.appendingPathComponent("png.jpg"))
        try TestImages.png.write(to: folder.appendingPathComponent("chart.png"))
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(!site.exists("Public") && !site.exists(".sitegen-cache"), "nothing written")
    }

    @Test("a card_fontfile that is not there is an error at site.yaml")
    func missingFontFile() throws {
        let site = try Self.site(yaml: "  card_fontfile: Templates/fonts/none.ttf\n")
        defer { site.remove() }
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/front/photo.jpg"))
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("site.yaml: error: images.card_fontfile 'Templates/fonts/none.ttf' is not a file that can be read"), "\(run.stderr)")
    }
}
