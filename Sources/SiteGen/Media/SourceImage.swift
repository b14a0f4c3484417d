import Foundation

/// A raster image beside a page, as its header says, and the files made of it: at each width,
/// AVIF, WebP and its own format; under its own name, at its own width, without metadata.
struct SourceImage: Sendable {
    /// The file, e.g. `Content/works/x/photo.jpg`.
    var source: String
    /// The page it lies beside, e.g. `Content/works/x/index.md`.
    var page: String
    /// Where it is published, e.g. `works/x/photo.jpg`.
    var output: String
    /// Of its bytes.
    var digest: ContentDigest
    /// As shown: turned as its EXIF orientation says.
    var width: Int
    var height: Int
    var format: Vips.Format
    /// The widths made of it, ascending; empty when no Markdown shows it (only the file under its
    /// own name is made, for links to it).
    var widths: [Int] = []

    /// The raster formats by file extension; the rest (SVG, GIF) are published as they are.
    static let formats: [String: Vips.Format] = ["jpg": .jpeg, "jpeg": .jpeg, "png": .png, "webp": .webp]

    static func format(of path: String) -> Vips.Format? {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
        return formats[path[path.index(after: dot)...].lowercased()]
    }

    /// The formats of `<picture>`, in the order a browser should prefer them, its own last.
    var pictureFormats: [Vips.Format] {
        [.avif, .webp, format].reduce(into: []) { list, format in if !list.contains(format) { list.append(format) } }
    }

    /// Every file made of the image: the formats at each width, and the one under its own name.
    var files: [(path: String, width: Int, format: Vips.Format)] {
        var files = [(output, width, format)]
        for width in widths {
            for format in pictureFormats where !(width == self.width && format == self.format) {
                files.append((Self.name(output, width: width, format: format), width, format))
            }
        }
        return files
    }

    /// The file at `width` in `format`: `photo.jpg` → `photo-480w.webp`; the original's own name
    /// at its own width and format. Works on a URL as on a path.
    func name(_ path: String, width: Int, format: Vips.Format) -> String {
        width == self.width && format == self.format ? path : Self.name(path, width: width, format: format)
    }

    static func name(_ path: String, width: Int, format: Vips.Format) -> String {
        let stem = path.lastIndex(of: ".").map { String(path[..<$0]) } ?? path
        return "\(stem)-\(width)w.\(format == .jpeg ? "jpg" : format.rawValue)"
    }

    /// The widths `settings` asks for below the image's own, and its own when it is not wider
    /// than the widest asked for: never wider than the image, nor than asked.
    static func widths(_ settings: ImageSettings, imageWidth: Int) -> [Int] {
        let below = settings.widths.filter { $0 < imageWidth }
        return imageWidth <= (settings.widths.last ?? imageWidth) ? below + [imageWidth] : below
    }
}
