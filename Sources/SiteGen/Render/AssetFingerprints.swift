import Foundation

/// The theme's assets also under names holding a digest of their bytes, in a folder of their own
/// (`/assets/immutable/style.3f2a9c1e.css`): a name changes whenever the file does, so a host
/// can tell browsers to keep them for a year, by one rule for the folder (`_headers` files match
/// paths by prefix, not by pattern). Templates get each one's URL as `assets.<name>`, its path
/// below `assets/` with every character but letters and digits made `_`: `{{assets.style_css}}`,
/// `{{assets.images_logo_svg}}`. The files stay under their own names too, for what links to
/// them from outside the templates (a stylesheet's `url()`, Markdown).
struct AssetFingerprints: Sendable {
    /// By template name: `style_css` → `/assets/style.3f2a9c1e.css`.
    var urls: [String: String] = [:]
    /// The copies under the fingerprinted names.
    var files: [OutputFile] = []
    /// Of every asset's name and bytes: what every page, naming them, depends on.
    var digest = ContentDigest("")

    /// `assets`: the theme's files as published under `assets/`, read here once for their digest.
    static func make(_ assets: [OutputFile], basePath: String) -> AssetFingerprints {
        var fingerprints = AssetFingerprints()
        var digest = ContentDigest.Builder()
        for asset in assets {
            guard let data = try? asset.data() else { continue }
            let hex = String(ContentDigest(data).value, radix: 16)
            let hash = String(repeating: "0", count: 16 - hex.count) + hex
            let path = name(asset.path, hash: String(hash.prefix(8)))
            var file = OutputFile(path: path, content: asset.content, source: asset.source)
            file.digest = nil
            fingerprints.files.append(file)
            fingerprints.urls[key(asset.path)] = basePath + "/" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path)
            digest.add(path)
        }
        fingerprints.digest = digest.digest
        return fingerprints
    }

    /// `assets/images/logo.svg` → `images_logo_svg`.
    static func key(_ path: String) -> String {
        let below = path.hasPrefix("assets/") ? path.dropFirst("assets/".count) : path[...]
        return String(below.map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "_" })
    }

    static let folder = "assets/immutable/"

    /// `assets/style.css` → `assets/immutable/style.3f2a9c1e.css`; a name without an extension
    /// gets the digest at its end.
    static func name(_ path: String, hash: String) -> String {
        let path = folder + (path.hasPrefix("assets/") ? String(path.dropFirst("assets/".count)) : path)
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[slash...].lastIndex(of: "."), dot > slash else { return "\(path).\(hash)" }
        return "\(path[..<dot]).\(hash)\(path[dot...])"
    }
}
