import CVips
import Foundation
import Testing
@testable import SiteGen

/// Social cards: which picture a page's card is made of, and the card's pixels.
@Suite("Social cards")
struct SocialCardTests {
    static let plan = PictureMarkupTests.plan([("works/print/mug.jpg", 1000, 500, .jpeg), ("works/print/logo.png", 200, 100, .png)])

    static func card(_ body: String, frontMatter: String = "") throws -> SocialCard {
        SocialCard.of(try PictureMarkupTests.page(body, frontMatter: frontMatter), plan: plan, siteTitle: "Site", basePath: "")
    }

    @Test("cut from the page's image:, else its first image the plan makes, else drawn; beside the page")
    func source() throws {
        let own = try Self.card("![A logo](logo.png)", frontMatter: "image: mug.jpg\nimage_alt: A mug\n")
        #expect(own.image?.output == "works/print/mug.jpg" && own.alt == "A mug" && own.path == "works/print/card.png")
        let first = try Self.card("![far](https://example.org/x.jpg) ![a \"logo\" & more](logo.png) ![A mug](mug.jpg)")
        #expect(first.image?.output == "works/print/logo.png" && first.alt == "a \"logo\" & more")
        let drawn = try Self.card("![gone](missing.jpg) Text.")
        #expect(drawn.image == nil && drawn.alt == "Print — Site" && drawn.title == "Print")
        #expect(drawn.picture.width == 1200 && drawn.picture.height == 630)
    }

    /// The card's pixels, as libvips decodes the PNG: width, height, bands and bytes.
    static func pixels(_ data: Data) throws -> (width: Int, height: Int, bands: Int, bytes: [UInt8]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-card-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try data.write(to: file)
        _ = Vips.version
        let image = try #require(sitegen_vips_header(file.path))
        defer { g_object_unref(UnsafeMutableRawPointer(image)) }
        var size = 0
        let memory = try #require(vips_image_write_to_memory(image, &size))
        defer { g_free(memory) }
        let bytes = [UInt8](UnsafeRawBufferPointer(start: memory, count: size))
        return (Int(vips_image_get_width(image)), Int(vips_image_get_height(image)), Int(vips_image_get_bands(image)), bytes)
    }

    /// Pixels darker than the card's paper in rows `rows`.
    static func ink(_ card: (width: Int, height: Int, bands: Int, bytes: [UInt8]), rows: Range<Int>) -> Int {
        var count = 0
        for y in rows {
            for x in 0..<card.width where card.bytes[(y * card.width + x) * card.bands] < 128 { count += 1 }
        }
        return count
    }

    @Test("a drawn card is 1200 × 630, its title and the site's name written on it, Chinese too")
    func drawn() throws {
        func draw(_ title: String) throws -> (width: Int, height: Int, bands: Int, bytes: [UInt8]) {
            let data = try Vips.card(title: title, site: "米粉档案", font: "WenQuanYi Micro Hei", fontFile: nil, width: 1200, height: 630).get()
            return try Self.pixels(data)
        }
        let english = try draw("A melody for Mi & <friends>")
        #expect(english.width == 1200 && english.height == 630 && english.bands == 3)
        // Paper at the corners; ink in the title's rows and in the site name's.
        #expect(english.bytes[0] > 200 && english.bytes[english.bytes.count - 1] > 200)
        #expect(Self.ink(english, rows: 80..<200) > 2_000, "the title")
        #expect(Self.ink(english, rows: 500..<570) > 500, "the site's name")
        let chinese = try draw("小米社区")
        let other = try draw("米粉之声")
        #expect(Self.ink(chinese, rows: 80..<200) > 2_000)
        #expect(chinese.bytes != other.bytes, "each title's own characters, not boxes for missing glyphs alike")
        // A title too long for the card is made smaller, never spilling onto the site's name.
        let long = try draw(String(repeating: "一个很长的标题 ", count: 40))
        #expect(Self.ink(long, rows: 460..<480) == 0)
    }

    @Test("a card cut from an image covers 1200 × 630 whatever the image's shape")
    func cut() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-card-\(UUID().uuidString).png")
        defer { try? FileManager.default.removeItem(at: file) }
        try ImageRebuildTests.wide.write(to: file)
        let card = try Self.pixels(try Vips.card(from: file.path, width: 1200, height: 630).get())
        #expect(card.width == 1200 && card.height == 630 && card.bands == 3)
        // The 2 × 1 image is red: so is the card, from edge to edge.
        #expect(card.bytes[0] > 200 && card.bytes[1] < 50 && card.bytes[card.bytes.count - 3] > 200)
    }
}
