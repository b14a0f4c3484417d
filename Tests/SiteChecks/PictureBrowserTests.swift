import Foundation
import Testing

/// A page's pictures in headless Chromium at a phone's and a desktop's width: each image's box
/// has its shape before the image arrives (no layout shift), and the browser picks the AVIF
/// source of the smallest width that fills the box.
@Suite("Pictures in headless Chromium", .serialized)
struct PictureBrowserTests {
    /// Each picture's image as the page shows it when loaded, before anything scrolls.
    static let measure = """
        JSON.stringify(Array.from(document.querySelectorAll('main picture img')).map((img) => {
          const box = img.getBoundingClientRect();
          return { src: img.currentSrc, loaded: img.complete && img.naturalWidth > 0, loading: img.loading,
                   width: Number(img.getAttribute('width')), height: Number(img.getAttribute('height')),
                   boxWidth: box.width, boxHeight: box.height, ratio: window.devicePixelRatio };
        }))
        """

    struct Shown: Decodable {
        var src: String
        var loaded: Bool
        var loading: String
        var width: Int
        var height: Int
        var boxWidth: Double
        var boxHeight: Double
        var ratio: Double
    }

    /// Two 1600 × 1000 PNGs written with Python's zlib (a gradient, so that encoders have work),
    /// the second far below the first so that a lazy image is still unloaded when measured.
    static let writeImages = """
        import struct, sys, zlib
        def png(path, width, height, shift):
            rows = bytearray()
            for y in range(height):
                rows.append(0)
                rows.extend(bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, (x + y + shift) % 256)))
            chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
            with open(path, "wb") as out:
                out.write(b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
                          + chunk(b"IDAT", zlib.compress(bytes(rows), 6)) + chunk(b"IEND", b""))
        png(sys.argv[1], 1600, 1000, 0)
        png(sys.argv[2], 1600, 1000, 128)
        """

    @Test("image boxes have their shape before the images load, and each width gets the smallest AVIF that fills it")
    func picturesAreSizedAndChosen() throws {
        let folder = try TemporaryFolder("site-checks-pictures")
        defer { folder.remove() }
        let made = try Command.run(SitegenBinary.url, ["init", "site"], in: folder.url, timeout: 60)
        try #require(made.status == 0, "\(made)")
        let site = folder.url.appendingPathComponent("site")
        let filler = (1...120).map { "Paragraph \($0) of the text between the two pictures, long enough to wrap on a phone." }
        try folder.write([
            "site/Content/works/poster/index.md": """
                ---
                title: A poster
                date: 2026-01-05
                ---
                ![The first poster, a gradient](first.png)

                \(filler.joined(separator: "\n\n"))

                ![The second poster, far below](second.png)
                """,
            "write_images.py": Self.writeImages,
        ])
        let page = site.appendingPathComponent("Content/works/poster")
        let images = try Python.run([folder.url.appendingPathComponent("write_images.py").path,
                                     page.appendingPathComponent("first.png").path, page.appendingPathComponent("second.png").path],
                                    timeout: 120)
        try #require(images.status == 0, "\(images)")
        let build = try Command.run(SitegenBinary.url, ["build"], in: site, timeout: 600)
        try #require(build.status == 0, "\(build)")
        let server = try StaticServer(serving: site.appendingPathComponent("Public"))
        defer { server.stop() }

        let report = try BrowserCheck.run(baseURL: server.baseURL, paths: ["/works/poster/"],
                                          screenshots: folder.url.appendingPathComponent("shots"), evaluate: Self.measure)
        #expect(report.pages.count == 2)
        for page in report.pages {
            #expect(page.problems.isEmpty, "\(page.width) px: \(page.problems)")
            let json = try #require(page.evaluated, "\(page.width) px: the page reported nothing")
            let shown = try JSONDecoder().decode([Shown].self, from: Data(json.utf8))
            try #require(shown.count == 2, "\(page.width) px: \(shown)")
            let (first, second) = (shown[0], shown[1])
            // The first image of a page is fetched at once (no loading attribute), the others lazily.
            #expect(first.loading == "auto" && second.loading == "lazy", "\(page.width) px: \(shown)")
            // Far below the screen and lazy: not loaded yet, yet its box already has its shape.
            #expect(!second.loaded, "\(page.width) px: the lazy image was loaded at once")
            for image in shown {
                #expect(image.width == 1600 && image.height == 1000, "\(page.width) px: \(image)")
                #expect(image.boxWidth > 0 && abs(image.boxHeight - image.boxWidth * 1000 / 1600) <= 1,
                        "\(page.width) px: a box of \(image.boxWidth) × \(image.boxHeight) for a 1600 × 1000 image")
            }
            // The smallest made width that covers the box at the screen's pixel ratio; the
            // widest when none does.
            let needed = first.boxWidth * first.ratio
            let wanted = [480, 960, 1600].first { Double($0) >= needed } ?? 1600
            #expect(first.src.hasSuffix("/works/poster/first-\(wanted)w.avif"), "\(page.width) px, a \(first.boxWidth) px box: \(first.src)")
        }
    }
}
