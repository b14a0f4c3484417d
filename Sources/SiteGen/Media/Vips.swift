import CVips
import Foundation

/// libvips, and the only code that talks to it: an image file's header, and the image resized
/// and encoded. libvips decodes as it encodes, a strip at a time, so an image is never held
/// whole; a JPEG is decoded at the scale it is shrunk to.
enum Vips {
    /// What an image file's header says, as the image is shown: width and height after its EXIF
    /// orientation turns it.
    struct Header: Sendable, Equatable {
        var width: Int
        var height: Int
        /// libvips' loader that read it, e.g. `jpegload`, which tells what the file really is.
        var loader: String
        var hasAlpha: Bool
    }

    enum Format: String, Sendable, CaseIterable {
        case jpeg, png, webp, avif

        var mimeType: String { "image/" + rawValue }
    }

    struct Failure: Error, Sendable {
        var message: String
    }

    /// libvips started once per process; nil when it could not start.
    private static let started: Bool = sitegen_vips_start() == 0

    /// The version, which changes what its encoders write.
    static var version: String {
        guard started else { return "" }
        return String(cString: vips_version_string())
    }

    static func header(of path: String) -> Result<Header, Failure> {
        guard started else { return .failure(Failure(message: "libvips could not start")) }
        guard let image = sitegen_vips_header(path) else { return .failure(lastError()) }
        defer { g_object_unref(UnsafeMutableRawPointer(image)) }
        var swap = vips_image_get_orientation_swap(image) != 0
        if vips_image_get_typeof(image, "orientation") == 0 { swap = false }
        let width = Int(vips_image_get_width(image)), height = Int(vips_image_get_height(image))
        var loader: UnsafePointer<CChar>?
        let name = vips_image_get_string(image, "vips-loader", &loader) == 0 ? loader.map { String(cString: $0) } ?? "" : ""
        return .success(Header(width: swap ? height : width, height: swap ? width : height, loader: name,
                               hasAlpha: sitegen_vips_has_alpha(image) != 0))
    }

    /// The image at `path`, `width` pixels wide (at most its own), turned upright, in sRGB, as
    /// `format` at `quality` (1–100), without any of the file's metadata.
    static func encode(_ path: String, width: Int, as format: Format, quality: Int, effort: Int) -> Result<Data, Failure> {
        guard started else { return .failure(Failure(message: "libvips could not start")) }
        var image: UnsafeMutablePointer<VipsImage>?
        guard sitegen_vips_thumbnail(path, Int32(width), &image) == 0, let resized = image else { return .failure(lastError()) }
        defer { g_object_unref(UnsafeMutableRawPointer(resized)) }
        guard let image = sitegen_vips_without_metadata(resized) else { return .failure(lastError()) }
        defer { g_object_unref(UnsafeMutableRawPointer(image)) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        let status: Int32 = switch format {
        case .jpeg: sitegen_vips_save_jpeg(image, Int32(quality), &buffer, &length)
        case .png: sitegen_vips_save_png(image, &buffer, &length)
        case .webp: sitegen_vips_save_webp(image, Int32(quality), &buffer, &length)
        case .avif: sitegen_vips_save_avif(image, Int32(quality), Int32(effort), &buffer, &length)
        }
        guard status == 0, let buffer else { return .failure(lastError()) }
        defer { g_free(buffer) }
        let data = Data(bytes: buffer, count: length)
        return .success(format == .webp ? WebPChunks.strippingMetadata(data) : data)
    }

    /// A PNG card `width` × `height` cut from the image at `path`: made to cover the card, then
    /// cropped where libvips finds the most to look at.
    static func card(from path: String, width: Int, height: Int) -> Result<Data, Failure> {
        saved { buffer, length in sitegen_vips_card_crop(path, Int32(width), Int32(height), &buffer, &length) }
    }

    /// A PNG card `width` × `height` drawn with `title` and the site's name in `font` (a font's
    /// family name, as fontconfig knows it), from `fontFile` when given.
    static func card(title: String, site: String, font: String, fontFile: String?, width: Int, height: Int) -> Result<Data, Failure> {
        saved { buffer, length in
            sitegen_vips_card_text(markup(title), markup(site), font, fontFile, Int32(width), Int32(height), &buffer, &length)
        }
    }

    /// Text for Pango, which reads markup: its three special characters escaped.
    static func markup(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private static func saved(_ save: (inout UnsafeMutableRawPointer?, inout Int) -> Int32) -> Result<Data, Failure> {
        guard started else { return .failure(Failure(message: "libvips could not start")) }
        var buffer: UnsafeMutableRawPointer?
        var length = 0
        guard save(&buffer, &length) == 0, let buffer else { return .failure(lastError()) }
        defer { g_free(buffer) }
        return .success(Data(bytes: buffer, count: length))
    }

    /// libvips keeps one buffer of messages for every thread: taken and cleared.
    private static func lastError() -> Failure {
        let message = String(cString: vips_error_buffer()).trimmingCharacters(in: .whitespacesAndNewlines)
        vips_error_clear()
        // Its first line says what went wrong; the rest repeat it from inner calls.
        return Failure(message: message.split(separator: "\n").first.map(String.init) ?? "libvips failed")
    }
}
