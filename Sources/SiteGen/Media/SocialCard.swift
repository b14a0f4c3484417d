import Foundation

/// The picture a link to a page shows where it is shared (Open Graph, Twitter): 1200 × 630 PNG,
/// published beside the page as `card.png`, so that it moves and goes with the page, and a
/// page's own file of that name is a collision the build names. Cut from the page's `image:`, or
/// else its first image that the plan makes; drawn with its title and the site's name when it
/// shows none. A list (home, a section, a tag, the archive, the search page) has a drawn card
/// beside its first page, which its later pages name too.
struct SocialCard: Sendable {
    static let width = 1200
    static let height = 630
    static let fileName = "card.png"

    /// The page, e.g. `Content/works/x/index.md`; for a list, the source its page names.
    var page: String
    /// Where it is published, e.g. `works/x/card.png`.
    var path: String
    /// What it is cut from; nil for a card drawn with `title`.
    var image: SourceImage?
    var title: String
    /// The site's name in the page's language, which a drawn card shows under the title.
    var siteTitle: String
    /// What it shows, for `og:image:alt`.
    var alt: String

    /// `page`'s card: `page` as loaded, before its images were made `<picture>`s.
    static func of(_ page: Page, plan: ImagePlan, siteTitle: String, basePath: String) -> SocialCard {
        var card = SocialCard(page: page.sourcePath, path: (page.outputPath.components + [fileName]).joined(separator: "/"), image: nil, title: page.title,
                              siteTitle: siteTitle, alt: "\(page.title) — \(siteTitle)")
        if let path = PageImage.reference(of: page, basePath: basePath)?.path, let image = plan.images[path] {
            card.image = image
            card.alt = PageImage.alt(of: page) ?? page.title
            return card
        }
        var rest = page.content.html[...]
        while let tag = PictureMarkup.nextTag(in: rest) {
            rest = rest[tag.range.upperBound...]
            let source = unescaped(tag.src)
            guard !source.contains("?"), !source.contains("#"),
                  let path = ImageReference.outputPath(of: source, on: page, basePath: basePath), let image = plan.images[path] else { continue }
            card.image = image
            card.alt = tag.alt.isEmpty ? page.title : unescaped(tag.alt)
            return card
        }
        return card
    }

    /// The card of the list whose first page is at `list`, drawn with its title; `source` as the
    /// list's page names it, for messages.
    static func of(list: OutputPath, title: String, siteTitle: String, source: String) -> SocialCard {
        SocialCard(page: source, path: (list.components + [fileName]).joined(separator: "/"), image: nil, title: title,
                   siteTitle: siteTitle, alt: "\(title) — \(siteTitle)")
    }

    /// What the card is made of, for its key and its file.
    var picture: Picture {
        Picture(src: path, alt: alt, width: Self.width, height: Self.height, path: path)
    }

    /// Text as cmark escaped it in an attribute, as written.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
