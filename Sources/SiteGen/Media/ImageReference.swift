import Foundation

/// Which published file a link or image in a page's Markdown names, as a browser on the page's
/// URL would resolve it.
enum ImageReference {
    /// The output path `destination` leads to from `page`; nil for a link out of the site, or
    /// one climbing above its root.
    static func outputPath(of destination: String, on page: Page, basePath: String) -> String? {
        var path = destination
        if let end = path.firstIndex(where: { $0 == "#" || $0 == "?" }) { path = String(path[..<end]) }
        guard !path.isEmpty, !path.hasPrefix("//"), !isExternal(path) else { return nil }
        if path.hasPrefix("/") {
            if !basePath.isEmpty, path.hasPrefix(basePath + "/") { path = String(path.dropFirst(basePath.count)) }
        } else {
            path = page.outputPath.url + path
        }
        var segments: [Substring] = []
        for segment in path.split(separator: "/") where segment != "." {
            if segment == ".." {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        return OutputPath(sitePath: "/" + segments.joined(separator: "/"))?.components.joined(separator: "/")
    }

    /// A scheme before any slash: `https:`, `mailto:`, `data:`.
    private static func isExternal(_ path: String) -> Bool {
        guard let colon = path.firstIndex(of: ":") else { return false }
        return !path[..<colon].contains("/")
    }
}
