import Foundation
import Testing
@testable import SiteGen

@Suite("Images: which files, which widths, what markup")
struct PictureMarkupTests {
    static func page(_ body: String, path: String = "Content/works/print/index.md", frontMatter: String = "") throws -> Page {
        let text = "---\ntitle: Print\ndate: 2026-01-10\n" + frontMatter + "---\n" + body
        guard case .success(.page(let page)) = ContentLoader.parse(SourceFile(path: path, text: text), config: SiteConfig(title: "T")) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return page
    }

    static func plan(_ images: [(String, Int, Int, Vips.Format)], settings: ImageSettings = ImageSettings()) -> ImagePlan {
        var plan = ImagePlan()
        for (output, width, height, format) in images {
            plan.images[output] = SourceImage(source: "Content/" + output, page: "Content/works/print/index.md", output: output,
                                              digest: ContentDigest(output), width: width, height: height, format: format,
                                              widths: SourceImage.widths(settings, imageWidth: width))
        }
        return plan
    }

    @Test("a page's folder is its slug, its date prefix dropped; Markdown elsewhere below a section is refused")
    func pageFolders() throws {
        let page = try Self.page("x", path: "Content/works/2026-01-10-print/index.md")
        #expect(page.outputPath.url == "/works/print/")
        #expect(page.section == "works")
        guard case .failure(let failure) = ContentLoader.parse(SourceFile(path: "Content/works/print/notes.md", text: "---\ntitle: N\ndate: 2026-01-10\n---\nx"),
                                                               config: SiteConfig(title: "T")) else { Issue.record("parsed"); return }
        #expect(failure.diagnostics.map(\.message) == ["pages live at most one folder deep, found 2 folders"])
    }

    @Test("widths below the image's own, and its own; never wider")
    func widths() {
        #expect(SourceImage.widths(ImageSettings(), imageWidth: 1000) == [480, 960, 1000])
        #expect(SourceImage.widths(ImageSettings(), imageWidth: 300) == [300])
        #expect(SourceImage.widths(ImageSettings(), imageWidth: 1600) == [480, 960, 1600])
        #expect(SourceImage.widths(ImageSettings(), imageWidth: 4000) == [480, 960, 1600])
        #expect(SourceImage.name("../a/photo.jpeg", width: 480, format: .jpeg) == "../a/photo-480w.jpg")
        #expect(SourceImage.format(of: "x/Photo.JPG") == .jpeg && SourceImage.format(of: "x.gif") == nil && SourceImage.format(of: "a.b/c") == nil)
    }

    @Test("a link resolves as a browser on the page's URL would")
    func references() throws {
        let page = try Self.page("x")
        #expect(ImageReference.outputPath(of: "photo.jpg", on: page, basePath: "") == "works/print/photo.jpg")
        #expect(ImageReference.outputPath(of: "./img/a%20b.png?v=2", on: page, basePath: "") == "works/print/img/a b.png")
        #expect(ImageReference.outputPath(of: "../other/p.jpg", on: page, basePath: "") == "works/other/p.jpg")
        #expect(ImageReference.outputPath(of: "/blog/works/print/p.jpg", on: page, basePath: "/blog") == "works/print/p.jpg")
        #expect(ImageReference.outputPath(of: "../../../x.jpg", on: page, basePath: "") == nil)
        #expect(ImageReference.outputPath(of: "https://example.org/x.jpg", on: page, basePath: "") == nil)
        #expect(ImageReference.outputPath(of: "//example.org/x.jpg", on: page, basePath: "") == nil)
    }

    @Test("the first image is loaded at once, the rest lazily; a titled image alone is a figure; others are left as cmark wrote them")
    func markup() throws {
        let page = try Self.page("""
            ![Mug & cup](mug.jpg "The mug")

            Text ![logo](logo.png "The logo") and ![far](https://example.org/x.jpg) and ![vector](v.svg "A drawing").

            ![vector](v.svg "A drawing")

            """)
        let plan = Self.plan([("works/print/mug.jpg", 1000, 500, .jpeg), ("works/print/logo.png", 200, 100, .png)])
        let html = PictureMarkup.apply(to: page, plan: plan, settings: ImageSettings(), basePath: "").content.html
        let sizes = ImageSettings().sizes
        #expect(html == """
            <figure><picture><source type="image/avif" srcset="mug-480w.avif 480w, mug-960w.avif 960w, mug-1000w.avif 1000w" sizes="\(sizes)" />\
            <source type="image/webp" srcset="mug-480w.webp 480w, mug-960w.webp 960w, mug-1000w.webp 1000w" sizes="\(sizes)" />\
            <img src="mug.jpg" srcset="mug-480w.jpg 480w, mug-960w.jpg 960w, mug.jpg 1000w" sizes="\(sizes)" width="1000" height="500" alt="Mug &amp; cup" />\
            </picture><figcaption>The mug</figcaption></figure>
            <p>Text <picture><source type="image/avif" srcset="logo-200w.avif 200w" sizes="\(sizes)" />\
            <source type="image/webp" srcset="logo-200w.webp 200w" sizes="\(sizes)" />\
            <img src="logo.png" srcset="logo.png 200w" sizes="\(sizes)" width="200" height="100" alt="logo" title="The logo" loading="lazy" decoding="async" /></picture> \
            and <img src="https://example.org/x.jpg" alt="far" /> and <img src="v.svg" alt="vector" title="A drawing" />.</p>
            <figure><img src="v.svg" alt="vector" /><figcaption>A drawing</figcaption></figure>

            """)
        #expect(page.content.links.filter { $0.isImage }.allSatisfy { $0.hasText })
        // A page whose images the plan does not make keeps its HTML, and is the same page.
        let plain = try Self.page("![a](elsewhere.jpg)")
        #expect(PictureMarkup.apply(to: plain, plan: plan, settings: ImageSettings(), basePath: "") === plain)
    }

    @Test("with an image: in front matter, which the theme shows first, every image of the text is lazy")
    func frontMatterImageFirst() throws {
        let plan = Self.plan([("works/print/mug.jpg", 1000, 500, .jpeg), ("works/print/logo.png", 200, 100, .png)])
        let lazy = " loading=\"lazy\" decoding=\"async\" />"
        func images(_ frontMatter: String) throws -> [Bool] {
            let page = try Self.page("![logo](logo.png)\n\n![Mug](mug.jpg)\n", frontMatter: frontMatter)
            let html = PictureMarkup.apply(to: page, plan: plan, settings: ImageSettings(), basePath: "").content.html
            return html.components(separatedBy: "<img ").dropFirst().map { $0.prefix { $0 != ">" }.hasSuffix(lazy.dropLast()) }
        }
        #expect(try images("") == [false, true], "the text's first image is the page's first")
        #expect(try images("image: mug.jpg\nimage_alt: A mug\n") == [true, true])
    }

    @Test("an image without alt text is named at its line and column")
    func missingAlt() throws {
        let page = try Self.page("Intro.\n\nA ![](a.jpg) and ![ok](b.jpg)\n")
        let problems = AltText.problems(in: [page], severity: .warning)
        #expect(problems.map { $0.description.split(separator: "\n").first.map(String.init) } == ["Content/works/print/index.md:7:3: warning: image 'a.jpg' has no alt text"])
    }

    @Test("images: settings are read, and a wrong one is named")
    func settings() throws {
        let good = try SiteConfig.decode("title: T\nimages:\n  widths: [960, 320]\n  quality: 70\n").get()
        let (settings, problems) = ImageSettings.decode(good)
        #expect(problems.isEmpty && settings.widths == [320, 960] && settings.quality == 70)
        let bad = try SiteConfig.decode("title: T\nimages:\n  widths: [0]\n  qualty: 70\n").get()
        let badProblems = ImageSettings.decode(bad).1.map(\.message)
        #expect(badProblems == [
            "images.widths must be a whole number from 16 to 10000", "images.qualty is not a setting of images",
        ])
        #expect(ImageSettings(quality: 70).encodingDigest != ImageSettings().encodingDigest)
        #expect(ImageSettings(sizes: "50vw").encodingDigest == ImageSettings().encodingDigest)
    }

    @Test("a WebP file loses its EXIF and XMP chunks, and its header says so")
    func webPMetadata() {
        func chunk(_ name: String, _ payload: [UInt8]) -> [UInt8] {
            Array(name.utf8) + [UInt8(payload.count), 0, 0, 0] + payload + (payload.count % 2 == 1 ? [0] : [])
        }
        func riff(_ chunks: [[UInt8]]) -> Data {
            let body = Array("WEBP".utf8) + chunks.flatMap { $0 }
            return Data(Array("RIFF".utf8) + [UInt8(body.count), 0, 0, 0] + body)
        }
        let header = chunk("VP8X", [0x0C, 0, 0, 0, 1, 0, 0, 1, 0, 0])
        let image = chunk("VP8 ", [1, 2, 3])
        let stripped = WebPChunks.strippingMetadata(riff([header, image, chunk("EXIF", Array("Exif GPS".utf8)), chunk("XMP ", [9])]))
        #expect(stripped == riff([chunk("VP8X", [0, 0, 0, 0, 1, 0, 0, 1, 0, 0]), image]))
        let plain = riff([image])
        #expect(WebPChunks.strippingMetadata(plain) == plain)
        #expect(WebPChunks.strippingMetadata(Data("not webp".utf8)) == Data("not webp".utf8))
    }
}
