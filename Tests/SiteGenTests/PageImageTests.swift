import Foundation
import Testing
@testable import SiteGen

/// A page's `image:` in front matter: what templates get as `page.image`, and what is wrong with it.
@Suite("A page's picture from its front matter")
struct PageImageTests {
    static func page(_ frontMatter: String) throws -> Page {
        try PictureMarkupTests.page("Text.\n", frontMatter: frontMatter)
    }

    @Test("beside the page or site-absolute, with the widths and formats the plan makes, as site URLs")
    func picture() throws {
        let plan = PictureMarkupTests.plan([("works/print/mug.jpg", 1000, 500, .jpeg)])
        let page = try Self.page("image: mug.jpg\nimage_alt: A mug\n")
        let picture = try #require(PageImage.picture(of: page, plan: plan, settings: ImageSettings(), basePath: "/blog"))
        #expect(picture.src == "/blog/works/print/mug.jpg" && picture.alt == "A mug")
        #expect(picture.width == 1000 && picture.height == 500)
        #expect(picture.srcset == "/blog/works/print/mug-480w.jpg 480w, /blog/works/print/mug-960w.jpg 960w, /blog/works/print/mug.jpg 1000w")
        #expect(picture.sources.map(\.type) == ["image/avif", "image/webp"])
        #expect(picture.sources[0].srcset.hasPrefix("/blog/works/print/mug-480w.avif 480w"))
        let absolute = try Self.page("image: /works/print/mug.jpg\n")
        #expect(PageImage.picture(of: absolute, plan: plan, settings: ImageSettings(), basePath: "")?.src == "/works/print/mug.jpg")
        // A file published as it is: itself, no widths.
        let drawing = try #require(PageImage.picture(of: try Self.page("image: /logo.svg\nimage_alt: Logo\n"), plan: plan,
                                                     settings: ImageSettings(), basePath: ""))
        #expect(drawing.templateValue as? [String: String] == ["src": "/logo.svg", "alt": "Logo"])
        // Shown by the page: its digest says what it shows.
        let shown = PictureMarkup.apply(to: page, plan: plan, settings: ImageSettings(), basePath: "")
        #expect(shown.picture == PageImage.picture(of: page, plan: plan, settings: ImageSettings(), basePath: ""))
        let larger = PictureMarkupTests.plan([("works/print/mug.jpg", 1200, 500, .jpeg)])
        #expect(shown.digest != PictureMarkup.apply(to: page, plan: larger, settings: ImageSettings(), basePath: "").digest)
    }

    @Test("an image that is not a path, leads out of the site, or is missing is an error at its line; one without alt text is named")
    func problems() throws {
        let published: Set<String> = ["works/print/mug.jpg"]
        func messages(_ frontMatter: String) throws -> [String] {
            PageImage.problems(in: [try Self.page(frontMatter)], published: published, basePath: "").map(\.description)
        }
        #expect(try messages("image: mug.jpg\n") == [])
        #expect(try messages("image: missing.jpg\n") == [
            "Content/works/print/index.md:4:8: error: image 'missing.jpg' names /works/print/missing.jpg, which is no file of the site\n"
            + "  hint: put the image beside the page (a page folder's index.md), or in Static/, and check its name"])
        #expect(try messages("image: https://example.org/x.jpg\n") == [], "its scheme is checked with other links")
        #expect(try messages("image: ../../../x.jpg\n").first?.contains("4:8: error: image '../../../x.jpg' is not a file of the site") == true)
        let far = try Self.page("image: https://example.org/x.jpg\nimage_alt: Far\n")
        #expect(PageImage.picture(of: far, plan: PictureMarkupTests.plan([]), settings: ImageSettings(), basePath: "")?.templateValue
                as? [String: String] == ["src": "https://example.org/x.jpg", "alt": "Far"])
        #expect(try messages("image: [a, b]\n").first?.contains("4:8: error: 'image' must be the path of an image file") == true)
        let alt = AltText.problems(in: [try Self.page("image: mug.jpg\nimage_alt: \"  \"\n")], severity: .warning)
        #expect(alt.map(\.description).first?.hasPrefix("Content/works/print/index.md:4:8: warning: image 'mug.jpg' has no alt text") == true)
        #expect(AltText.problems(in: [try Self.page("image: mug.jpg\nimage_alt: A mug\n")], severity: .warning).isEmpty)
    }
}
