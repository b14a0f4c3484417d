import Foundation

/// The picture a page's front matter names: `image: photo.jpg` beside the page, or a site path
/// (`image: /works/x/photo.jpg`), with `image_alt:` saying what it shows. Templates show it as
/// `page.image`; the page's social card is cut from it. An image elsewhere on the web
/// (`https://…`) is shown as it is, and makes no card; its scheme is checked with front matter's
/// other links.
enum PageImage {
    static let key = "image"
    static let altKey = "image_alt"

    /// What the page's `image:` says, and the output path it leads to (nil for one out of the
    /// site); nil when it has none.
    static func reference(of page: Page, basePath: String) -> (text: String, path: String?)? {
        guard case .string(let text)? = page.frontMatter.params[key] else { return nil }
        return (text, ImageReference.outputPath(of: text, on: page, basePath: basePath))
    }

    /// `image_alt:`, when it says something.
    static func alt(of page: Page) -> String? {
        guard case .string(let text)? = page.frontMatter.params[altKey] else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The page's picture as `plan` makes it; a file published as it is (SVG, GIF, Static/) is
    /// shown by itself.
    static func picture(of page: Page, plan: ImagePlan, settings: ImageSettings, basePath: String) -> Picture? {
        guard let reference = reference(of: page, basePath: basePath) else { return nil }
        guard let path = reference.path else {
            let text = reference.text.lowercased()
            guard text.hasPrefix("https://") || text.hasPrefix("http://") else { return nil }
            return Picture(src: reference.text, alt: alt(of: page) ?? "", path: "")
        }
        func url(_ path: String) -> String { basePath + "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) }
        var picture = Picture(src: url(path), alt: alt(of: page) ?? "", path: path)
        guard let image = plan.images[path] else { return picture }
        (picture.width, picture.height) = (image.width, image.height)
        guard !image.widths.isEmpty else { return picture }
        func srcset(_ format: Vips.Format) -> String {
            image.widths.map { "\(url(image.name(path, width: $0, format: format))) \($0)w" }.joined(separator: ", ")
        }
        picture.srcset = srcset(image.format)
        picture.sizes = settings.sizes
        picture.sources = image.pictureFormats.filter { $0 != image.format }.map { Picture.Source(type: $0.mimeType, srcset: srcset($0)) }
        return picture
    }

    /// Each page's `image:` that is not a path, leads out of the site, or names no file the site
    /// publishes (`published`: output paths), at its line.
    static func problems(in pages: [Page], published: Set<String>, basePath: String) -> [Diagnostic] {
        pages.compactMap { page in
            guard let value = page.frontMatter.params[key] else { return nil }
            let position = page.frontMatter.positions[key]
            func problem(_ message: String, _ hint: String) -> Diagnostic {
                Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column, message: message, hint: hint)
            }
            guard case .string(let text) = value, !text.isEmpty else {
                return problem("'image' must be the path of an image file", "write e.g. image: photo.jpg, for a photo.jpg beside the page")
            }
            guard let path = ImageReference.outputPath(of: text, on: page, basePath: basePath) else {
                // A URL with a scheme: front matter's links are checked for theirs.
                if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") { return nil }
                return problem("image '\(text)' is not a file of the site", "put the image beside the page, or in Static/, and name it here")
            }
            guard published.contains(path) else {
                return problem("image '\(text)' names /\(path), which is no file of the site",
                               "put the image beside the page (a page folder's index.md), or in Static/, and check its name")
            }
            return nil
        }
    }
}
