import Foundation

/// What to build, from where, and where to.
public struct BuildOptions: Sendable {
    /// The site's folder: the one holding `site.yaml`, `Content/` and `Templates/`.
    public var root: URL
    /// Where the site goes; `Public/` in the root by default.
    public var output: URL?
    public var includeDrafts = false
    /// Replaces `base_url` from `site.yaml`.
    public var baseURL: String?

    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, baseURL: String? = nil) {
        self.root = root
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
    }

    public var outputFolder: URL {
        (output ?? root.appendingPathComponent("Public")).standardizedFileURL
    }
}

/// What a finished build did.
public struct BuildReport: Sendable {
    public var pages: Int
    public var sections: Int
    public var filesWritten: Int
    public var seconds: Double
    public var output: URL

    /// `Built 42 pages in 3 sections: 61 files written to Public/ in 0.08 s`
    public var summary: String {
        let time = String(format: "%.2f", seconds)
        return "Built \(pages) page\(pages == 1 ? "" : "s") in \(sections) section\(sections == 1 ? "" : "s"): "
            + "\(filesWritten) files written to \(output.lastPathComponent)/ in \(time) s"
    }
}
