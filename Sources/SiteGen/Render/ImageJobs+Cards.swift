import Foundation

/// Social cards, each a job whose inputs are what it shows: the image's bytes it is cut from, or
/// the title, the site's name and the font it is drawn with.
extension ImageJobs {
    /// The cards of `pages`, made as `settings` says.
    func cardJobs(_ cards: [SocialCard], pages: [Page], fontFile: ContentDigest?) -> [RenderJob] {
        let published = Set(pages.map(\.sourcePath))
        let (font, fontPath) = (settings.cardFont, settings.cardFontFile.map { root.appendingFile($0).path })
        return cards.filter { published.contains($0.page) }.map { card in
            if let image = card.image {
                return RenderJob(card.path, kind: "card from image", inputs: image.source, image.digest) { source, digest in
                    let key = Self.key { key in
                        key.add("card from image")
                        key.add(Vips.version)
                        key.add(digest)
                    }
                    return self.made(card.path, source: card.page, key: key) {
                        Vips.card(from: self.root.appendingFile(source).path, width: SocialCard.width, height: SocialCard.height)
                    } failure: { failure in
                        Diagnostic(file: source, message: "cannot be made into the social card /\(card.path): \(failure.message)",
                                   hint: "the image may be damaged or cut short: save it again")
                    }
                }
            }
            return RenderJob(card.path, kind: "drawn card", inputs: card.title, card.siteTitle, font, fontFile) { title, siteTitle, font, fontFile in
                let key = Self.key { key in
                    key.add("drawn card")
                    key.add(Vips.version)
                    key.add(title)
                    key.add(siteTitle)
                    key.add(font)
                    key.add(fontFile)
                }
                return self.made(card.path, source: card.page, key: key) {
                    Vips.card(title: title, site: siteTitle, font: font, fontFile: fontPath, width: SocialCard.width, height: SocialCard.height)
                } failure: { failure in
                    Diagnostic(file: card.page, message: "cannot draw the social card /\(card.path): \(failure.message)",
                               hint: "check images.card_font and images.card_fontfile in site.yaml")
                }
            }
        }
    }
}
