import Foundation
import Testing

@Suite("sitegen build: images beside pages")
struct ImageTests {
    static let page = """
        ---
        title: Print
        date: 2026-01-10
        ---
        ![A print of the logo](photo.jpg "The print, as sold")

        The ramp ![](chart.png) in a sentence, and ![a dancing mi](dance.gif).

        """

    static let files: [String: String] = [
        "site.yaml": MinimalSite.siteYAML + "images:\n  widths: [16, 48]\n  sizes: \"50vw\"\n",
        "Content/works/print/index.md": page,
        "Content/works/print/dance.gif": "GIF89a not really",
    ]

    static func site() throws -> SiteFixture {
        let site = try SiteFixture(MinimalSite.with(files))
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/print/photo.jpg"))
        try TestImages.png.write(to: site.root.appendingPathComponent("Content/works/print/chart.png"))
        return site
    }

    static func data(_ site: SiteFixture, _ path: String) throws -> Data {
        try Data(contentsOf: site.root.appendingPathComponent(path))
    }

    @Test("each image becomes a <picture> of AVIF, WebP and its own format at the widths asked, never wider than it is, upright")
    func pictures() throws {
        let site = try Self.site()
        defer { site.remove() }
        let run = try site.build()
        #expect(run.status == 0, "\(run)")
        let html = try site.read("Public/works/print/index.html")
        // Turned upright by its EXIF orientation: 32 wide, 64 high; the first image is not lazy.
        #expect(html.contains("""
            <figure><picture><source type="image/avif" srcset="photo-16w.avif 16w, photo-32w.avif 32w" sizes="50vw" />\
            <source type="image/webp" srcset="photo-16w.webp 16w, photo-32w.webp 32w" sizes="50vw" />\
            <img src="photo.jpg" srcset="photo-16w.jpg 16w, photo.jpg 32w" sizes="50vw" width="32" height="64" alt="A print of the logo" />\
            </picture><figcaption>The print, as sold</figcaption></figure>
            """), "\(html)")
        #expect(html.contains("""
            The ramp <picture><source type="image/avif" srcset="chart-16w.avif 16w, chart-48w.avif 48w" sizes="50vw" />\
            <source type="image/webp" srcset="chart-16w.webp 16w, chart-48w.webp 48w" sizes="50vw" />\
            <img src="chart.png" srcset="chart-16w.png 16w, chart-48w.png 48w" sizes="50vw" width="64" height="32" alt="" \
            loading="lazy" decoding="async" /></picture> in a sentence
            """), "\(html)")
        #expect(html.contains("<img src=\"dance.gif\" alt=\"a dancing mi\" />"))
        for name in ["photo-16w.avif", "photo-32w.avif", "photo-16w.webp", "photo-32w.webp", "photo-16w.jpg", "photo.jpg",
                     "chart-16w.avif", "chart-48w.webp", "chart-48w.png", "chart.png"] {
            #expect(try Self.data(site, "Public/works/print/" + name).count > 20, "\(name)")
        }
        // Not wider than asked: the chart, 64 wide, is made at most 48 wide but for its own file.
        #expect(!site.exists("Public/works/print/photo-32w.jpg") && !site.exists("Public/works/print/chart-64w.webp"))
        #expect(try site.read("Public/works/print/dance.gif") == "GIF89a not really")
        // No metadata in what is published, not under the original name either: no EXIF, no GPS.
        let source = try Self.data(site, "Content/works/print/photo.jpg")
        try #require(source.range(of: Data("Exif".utf8)) != nil)
        for name in ["photo.jpg", "photo-16w.jpg", "photo-16w.webp", "photo-16w.avif"] {
            let published = try Self.data(site, "Public/works/print/" + name)
            #expect(published.range(of: Data("Exif".utf8)) == nil && published.range(of: Data("EXIF".utf8)) == nil, "\(name)")
        }
        let upright = try Self.data(site, "Public/works/print/photo.jpg")
        #expect(TestImages.jpegSize(upright)! == (32, 64))
        #expect(TestImages.jpegSize(try Self.data(site, "Public/works/print/photo-16w.jpg"))! == (16, 32))
        // An image without alt text: a warning at its place in build, an error in check.
        #expect(run.stderr.contains("Content/works/print/index.md:7:10: warning: image 'chart.png' has no alt text"), "\(run)")
        let check = try Sitegen.run(["check", "--root", site.root.path], in: site.sandbox)
        #expect(check.status == 1)
        #expect(check.stderr.contains("Content/works/print/index.md:7:10: error: image 'chart.png' has no alt text"), "\(check)")
    }

    @Test("an image already encoded is not encoded again by the next process, even after its page changed; a changed image only itself")
    func encodedOnce() throws {
        let site = try Self.site()
        defer { site.remove() }
        let first = try site.build()
        #expect(first.status == 0, "\(first)")
        // The images' files, the page's card, and the lists': home, the section, tags, the archive, its year and month.
        #expect(first.stdout.contains(", 20 of them images encoded"), "\(first)")
        try site.write(["Content/works/print/index.md": Self.page.replacingOccurrences(of: "The ramp", with: "The grey ramp")])
        let second = try site.build()
        #expect(second.status == 0, "\(second)")
        #expect(!second.stdout.contains("encoded"), "\(second)")
        try TestImages.png.write(to: site.root.appendingPathComponent("Content/works/print/chart.png"))
        try site.write(["Content/works/print/photo.jpg": "not a JPEG at all"])
        let broken = try site.build()
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("Content/works/print/photo.jpg: error: is not an image libvips can read"), "\(broken)")
        #expect(broken.stderr.contains("(shown by Content/works/print/index.md:5:1)"), "\(broken)")
        try TestImages.png.write(to: site.root.appendingPathComponent("Content/works/print/photo.jpg"))
        let renamed = try site.build()
        #expect(renamed.stderr.contains("Content/works/print/photo.jpg: error: is not the JPEG image its name says (libvips reads it with pngload"), "\(renamed)")
        try TestImages.jpegWithGPS.write(to: site.root.appendingPathComponent("Content/works/print/photo.jpg"))
        try site.write(["site.yaml": Self.files["site.yaml"]!.replacingOccurrences(of: "[16, 48]", with: "[16, 24]")])
        let third = try site.build()
        #expect(third.status == 0, "\(third)")
        // photo at 24 (three formats); chart at 24 (three formats): the rest were made before.
        #expect(third.stdout.contains(", 6 of them images encoded"), "\(third)")
    }

    @Test("an image cut short is an error at the image, whether in its header or its pixels, and nothing is written",
          arguments: [(400, "is not an image libvips can read: VipsJpeg: Premature end of JPEG file (shown by Content/works/print/index.md:5:1)"),
                      (TestImages.jpegWithGPS.count - 60, "cannot be made into /works/print/")])
    func truncated(length: Int, message: String) throws {
        let site = try Self.site()
        defer { site.remove() }
        try TestImages.jpegWithGPS.prefix(length).write(to: site.root.appendingPathComponent("Content/works/print/photo.jpg"))
        let run = try site.build()
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Content/works/print/photo.jpg: error: " + message), "\(run)")
        #expect(!run.stderr.contains("WARNING"), "\(run)")
        #expect(!site.exists("Public"))
    }

    @Test("with --strict, an image without alt text fails the build and nothing is written")
    func strictAltText() throws {
        let site = try Self.site()
        defer { site.remove() }
        let run = try site.build("--strict")
        #expect(run.status == 1, "\(run)")
        #expect(run.stderr.contains("Content/works/print/index.md:7:10: error: image 'chart.png' has no alt text"), "\(run)")
        #expect(!site.exists("Public"))
    }
}
