import Foundation

/// Social cards, each a job whose inputs are what it shows: the image's bytes it is cut from, or
/// the title, the site's name and the font it is drawn with.
extension ImageJobs {
    /// The cards of `pages`, and the drawn cards of lists (`lists`), made as `settings` says.
    func cardJobs(_ cards: [SocialCard], pages: [Page], lists: [SocialCard] = [], fontFile: ContentDigest?) -> [RenderJob] {
        let published = Set(pages.map(\.sourcePath))
        return cards.filter { published.contains($0.page) }.map { card in
            guard let image = card.image else { return drawnJob(card, fontFile: fontFile) }
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
        } + lists.map { drawnJob($0, fontFile: fontFile) }
    }

    /// A card drawn with its title and the site's name: a page's or a list's alike, so that
    /// neither is drawn again while its words and font stay the same.
    private func drawnJob(_ card: SocialCard, fontFile: ContentDigest?) -> RenderJob {
        let (font, fontPath) = (settings.cardFont, settings.cardFontFile.map { root.appendingFile($0).path })
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
