/// An image as a template shows it (`page.image`): the file a browser falls back to, and the
/// files it chooses among by type and width, all as site URLs, so that a list on another page
/// can show it too.
public struct Picture: Sendable, Hashable {
    public struct Source: Sendable, Hashable {
        /// A MIME type: `image/avif`.
        public var type: String
        public var srcset: String
    }

    public var src: String
    public var alt: String
    /// Of the fallback's own format; nil for a file published as it is (SVG, GIF).
    public var srcset: String?
    public var sizes: String?
    /// Other formats, the browser's first choice first.
    public var sources: [Source] = []
    public var width: Int?
    public var height: Int?
    /// Where the file it was made from is published, e.g. `works/x/photo.jpg`.
    public var path: String

    /// For a template: `src`, `alt`, `srcset`, `sizes`, `sources` (each `type` and `srcset`),
    /// `width`, `height`, leaving out what it does not have.
    public var templateValue: [String: Any] {
        var value: [String: Any] = ["src": src]
        if !alt.isEmpty { value["alt"] = alt }
        if let srcset { value["srcset"] = srcset }
        if let sizes { value["sizes"] = sizes }
        if !sources.isEmpty { value["sources"] = sources.map { ["type": $0.type, "srcset": $0.srcset] } }
        if let width { value["width"] = width }
        if let height { value["height"] = height }
        return value
    }
}
