import Foundation

/// Turns the images cmark wrote into a page's HTML (`<img src="…" alt="…" title="…" />`) into
/// what a browser lays out before they load and fetches at the size it shows: a `<picture>` of
/// the files an `ImagePlan` makes, with `width`, `height`, `srcset` and `sizes`, lazily but for the
/// page's first image — which is its front matter's `image:` when it has one, shown above the text,
/// so that then every image of the text is lazy; an image with a title alone in its paragraph becomes a `<figure>` with the
/// title as its caption.
enum PictureMarkup {
    /// `page` with its images rewritten, its front matter's picture made, and its social card;
    /// `page` itself when it shows none and has no card.
    static func apply(to page: Page, plan: ImagePlan, settings: ImageSettings, basePath: String, card: Picture? = nil) -> Page {
        let picture = PageImage.picture(of: page, plan: plan, settings: settings, basePath: basePath)
        let showsImages = page.content.links.contains(where: \.isImage)
        guard showsImages || picture != nil || card != nil else { return page }
        var content = page.content
        if showsImages {
            content.html = rewrite(page.content.html, page: page, plan: plan, settings: settings, basePath: basePath,
                                   eagerFirst: picture == nil)
        }
        // Its images all left as they were: the same page.
        if picture == nil, card == nil, content.html == page.content.html { return page }
        return Page(sourcePath: page.sourcePath, section: page.section, slug: page.slug, frontMatter: page.frontMatter,
                    content: content, digest: digest(of: page, plan: plan, basePath: basePath, picture: picture),
                    sourceDigest: page.sourceDigest, picture: picture, card: card,
                    language: page.language, original: page.original, root: page.languageRoot)
    }

    /// The page's own digest with what it shows of its images: their sizes, widths and format,
    /// which its markup holds, and which of them the plan makes. A page is rendered again when
    /// one of its own images changes size, and for no other page's image; the bytes of an image
    /// that keeps its size change only its own files.
    static func digest(of page: Page, plan: ImagePlan, basePath: String, picture: Picture?) -> ContentDigest {
        var paths = page.content.links.filter(\.isImage).compactMap { ImageReference.outputPath(of: $0.destination, on: page, basePath: basePath) }
        if let picture { paths.append(picture.path) }
        // A page that shows no image of the site is its source, as `serve`'s edited page is.
        guard !paths.isEmpty else { return page.digest }
        var digest = ContentDigest.Builder()
        digest.add(page.digest)
        for path in paths {
            digest.add(path)
            guard let image = plan.images[path] else {
                digest.add(0)
                continue
            }
            digest.add(image.width)
            digest.add(image.height)
            digest.add(image.format.rawValue)
            image.widths.add(to: &digest)
        }
        return digest.digest
    }

    /// One `<img>` as cmark writes it, its attributes as they stand in the HTML (escaped).
    struct Tag {
        var range: Range<String.Index>
        var src: String
        var alt: String
        var title: String?
    }

    /// `eagerFirst`: whether the first image is the page's first, loaded at once; the others are lazy.
    static func rewrite(_ html: String, page: Page, plan: ImagePlan, settings: ImageSettings, basePath: String,
                        eagerFirst: Bool = true) -> String {
        var out = ""
        var rest = html[...]
        var isFirst = eagerFirst
        while let tag = nextTag(in: rest) {
            var (start, end) = (tag.range.lowerBound, tag.range.upperBound)
            let image = imageOf(tag, page: page, plan: plan, basePath: basePath)
            let markup: String
            if let title = tag.title, html[..<start].hasSuffix("<p>"), html[end...].hasPrefix("</p>") {
                // Alone in its paragraph: the paragraph becomes the figure, the title its caption.
                (start, end) = (html.index(start, offsetBy: -3), html.index(end, offsetBy: 4))
                var shown = tag
                shown.title = nil
                let inner = image.map { picture(shown, image: $0, settings: settings, eager: isFirst) } ?? "<img src=\"\(tag.src)\" alt=\"\(tag.alt)\" />"
                markup = "<figure>\(inner)<figcaption>\(title)</figcaption></figure>"
            } else {
                markup = image.map { picture(tag, image: $0, settings: settings, eager: isFirst) } ?? String(html[tag.range])
            }
            out += html[rest.startIndex..<start]
            out += markup
            rest = html[end...]
            isFirst = false
        }
        out += rest
        return out
    }

    /// The image a tag shows, when the plan makes its files.
    private static func imageOf(_ tag: Tag, page: Page, plan: ImagePlan, basePath: String) -> SourceImage? {
        guard !tag.src.contains("?"), !tag.src.contains("#"),
              let path = ImageReference.outputPath(of: tag.src.replacingOccurrences(of: "&amp;", with: "&"), on: page, basePath: basePath),
              let image = plan.images[path], !image.widths.isEmpty else { return nil }
        return image
    }

    private static func picture(_ tag: Tag, image: SourceImage, settings: ImageSettings, eager: Bool) -> String {
        func srcset(_ format: Vips.Format) -> String {
            image.widths.map { "\(image.name(tag.src, width: $0, format: format)) \($0)w" }.joined(separator: ", ")
        }
        var markup = "<picture>"
        for format in image.pictureFormats where format != image.format {
            markup += "<source type=\"\(format.mimeType)\" srcset=\"\(srcset(format))\" sizes=\"\(settings.sizes)\" />"
        }
        markup += "<img src=\"\(tag.src)\" srcset=\"\(srcset(image.format))\" sizes=\"\(settings.sizes)\""
        markup += " width=\"\(image.width)\" height=\"\(image.height)\" alt=\"\(tag.alt)\""
        if let title = tag.title { markup += " title=\"\(title)\"" }
        if !eager { markup += " loading=\"lazy\" decoding=\"async\"" }
        return markup + " /></picture>"
    }

    /// The next `<img>` in cmark's form; raw HTML of another form is left as it is.
    static func nextTag(in text: Substring) -> Tag? {
        var search = text
        while let open = search.range(of: "<img src=\"") {
            var cursor = open.upperBound
            func attribute(until end: String) -> String? {
                guard let close = text[cursor...].range(of: "\"") else { return nil }
                let value = String(text[cursor..<close.lowerBound])
                guard text[close.lowerBound...].hasPrefix(end) else { return nil }
                cursor = text.index(close.lowerBound, offsetBy: end.count)
                return value
            }
            if let src = attribute(until: "\" alt=\""), let alt = attribute(until: "\"") {
                if text[cursor...].hasPrefix(" />") {
                    return Tag(range: open.lowerBound..<text.index(cursor, offsetBy: 3), src: src, alt: alt)
                }
                if text[cursor...].hasPrefix(" title=\"") {
                    cursor = text.index(cursor, offsetBy: 8)
                    if let title = attribute(until: "\" />") {
                        return Tag(range: open.lowerBound..<cursor, src: src, alt: alt, title: title)
                    }
                }
            }
            search = text[open.upperBound...]
        }
        return nil
    }
}
