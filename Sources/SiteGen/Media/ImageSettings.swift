import Foundation

/// How images are made, from `site.yaml`'s `images:`:
///
/// ```yaml
/// images:
///   widths: [480, 960, 1600]   # the widths made of each image; never wider than the image, whose
///                              # own width is one when it is not wider than the widest
///   sizes: "(max-width: 48rem) 100vw, 48rem"
///   quality: 80                # JPEG and WebP; AVIF at a quality giving about the same look
///   effort: 2                  # AVIF's encoder effort, 0–9
///   max_pixels: 100000000      # larger images are refused (a decompression bomb is a few KB)
///   cards: true                # a social card for every page and list
///   card_font: WenQuanYi Micro Hei   # the family drawn cards are written in (fontconfig's name)
///   card_fontfile: Templates/fonts/x.ttf   # a font file to load first, from the site's folder
/// ```
struct ImageSettings: Sendable {
    var widths = [480, 960, 1600]
    var sizes = "(max-width: 48rem) 100vw, 48rem"
    var quality = 80
    var maxPixels = 100_000_000
    /// AVIF's encoder effort, 0–9: libvips' own default, 4, takes about twice as long.
    var effort = 2
    var cards = true
    /// One with Chinese, Japanese and Korean characters: titles are in any of them.
    var cardFont = "WenQuanYi Micro Hei"
    var cardFontFile: String?

    static let key = "images"

    /// The settings, and what is wrong with them, at `site.yaml`.
    static func decode(_ config: SiteConfig) -> (ImageSettings, [Diagnostic]) {
        var settings = ImageSettings()
        guard let value = config.params[key] else { return (settings, []) }
        var problems: [Diagnostic] = []
        func problem(_ message: String, _ hint: String) {
            problems.append(Diagnostic(file: SiteConfig.file, message: message, hint: hint))
        }
        guard case .map(let entries) = value else {
            problem("'images' must hold settings (widths, sizes, quality, max_pixels)", "see the README's section on images")
            return (settings, problems)
        }
        func number(_ value: FrontMatterValue, _ key: String, in range: ClosedRange<Int>) -> Int? {
            if case .string(let text) = value, let number = Int(text), range.contains(number) { return number }
            problem("images.\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", "write e.g. \(key): \(range.upperBound / 2)")
            return nil
        }
        for entry in entries {
            switch entry.key {
            case "widths":
                guard case .list(let items) = entry.value, !items.isEmpty else {
                    problem("images.widths must be a list of widths in pixels", "write e.g. widths: [480, 960, 1600]")
                    continue
                }
                let widths = items.compactMap { number($0, "widths", in: 16...10_000) }
                if widths.count == items.count { settings.widths = Array(Set(widths)).sorted() }
            case "sizes":
                if case .string(let text) = entry.value, !text.isEmpty, !text.contains("\"") { settings.sizes = text } else {
                    problem("images.sizes must be a sizes attribute's text", "write e.g. sizes: \"(max-width: 48rem) 100vw, 48rem\"")
                }
            case "quality": settings.quality = number(entry.value, "quality", in: 1...100) ?? settings.quality
            case "max_pixels": settings.maxPixels = number(entry.value, "max_pixels", in: 1...1_000_000_000) ?? settings.maxPixels
            case "effort": settings.effort = number(entry.value, "effort", in: 0...9) ?? settings.effort
            case "cards":
                if case .bool(let on) = entry.value { settings.cards = on } else {
                    problem("images.cards must be true or false", "write cards: false to make no social cards")
                }
            case "card_font":
                if case .string(let text) = entry.value, !text.isEmpty, !text.contains(where: { $0.isNewline || $0 == "," }) {
                    settings.cardFont = text
                } else {
                    problem("images.card_font must be a font family's name", "write e.g. card_font: WenQuanYi Micro Hei (fc-list names them)")
                }
            case "card_fontfile":
                if case .string(let text) = entry.value, !text.isEmpty, !text.hasPrefix("/"), !text.split(separator: "/").contains("..") {
                    settings.cardFontFile = text
                } else {
                    problem("images.card_fontfile must be a font file's path inside the site's folder", "write e.g. card_fontfile: Templates/fonts/card.ttf")
                }
            default: problem("images.\(entry.key) is not a setting of images",
                             "the settings are widths, sizes, quality, max_pixels, effort, cards, card_font and card_fontfile")
            }
        }
        return (settings, problems)
    }

    /// Everything that changes an encoded file: the settings that reach the encoders, libvips'
    /// version, and the way sitegen encodes (its number changes with it).
    var encodingDigest: ContentDigest {
        var digest = ContentDigest.Builder()
        digest.add("sitegen images 1")
        digest.add(Vips.version)
        digest.add(quality)
        digest.add(effort)
        return digest.digest
    }

    /// AVIF at libvips' quality scale looks as JPEG and WebP do some 20 points higher.
    var avifQuality: Int { max(1, quality - 20) }
}
