import Foundation

/// What to build, from where, and where to.
public struct BuildOptions: Sendable {
    /// The site's folder: the one holding `site.yaml`, `Content/` and `Templates/`.
    public var root: URL
    /// Where the site goes; `Public/` in the root by default.
    public var output: URL?
    public var includeDrafts = false
    /// Includes pages dated after `now`.
    public var includeFuture = false
    /// The moment the build happens, which decides what is "in the future"; injected so that
    /// tests can build as of any date.
    public var now = Date()
    /// Makes broken internal links, and pages without the sources their section requires,
    /// errors rather than warnings.
    public var strict = false
    /// Replaces `base_url` from `site.yaml`.
    public var baseURL: String?
    /// Lets the build remove or replace files in the output folder that sitegen did not write.
    public var cleanOutput = false
    /// Told after each slice of images' files, when a build makes any.
    public var progress: (@Sendable (EncodingProgress) -> Void)?

    public init(root: URL, output: URL? = nil, includeDrafts: Bool = false, includeFuture: Bool = false,
                baseURL: String? = nil, now: Date = Date()) {
        self.root = root
        self.output = output
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
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
    public var tags: Int
    /// Things a person should know that did not stop the build, one line each.
    public var notes: [String] = []
    /// Files the site has.
    public var files: Int
    /// Files whose bytes changed, so were written; the rest kept their modification times.
    public var filesWritten: Int
    /// Files of the previous build that this one no longer makes.
    public var filesRemoved: Int = 0
    /// The paths in the output folder written or removed.
    public var changedFiles: [String] = []
    public var seconds: Double
    public var output: URL
    /// False when the output's `BuildRecord` showed nothing changed, so no source was read.
    public var readSources = true
    /// Files made from images afresh: each an encoding, the costly part of a build.
    public var imagesEncoded = 0
    public var timings = StageTimings()

    /// `Built 42 pages in 3 sections, 12 tags: 61 files written to Public/ in 0.08 s`, and on a
    /// rebuild `… 2 of 61 files written to Public/ (59 unchanged, 1 removed) in 0.05 s`.
    public var summary: String {
        let time = String(format: "%.2f", seconds)
        let written = filesWritten == files && filesRemoved == 0
            ? "\(files) files written"
            : "\(filesWritten) of \(files) files written"
        let changes = filesWritten == files && filesRemoved == 0
            ? ""
            : " (\(files - filesWritten) unchanged\(filesRemoved > 0 ? ", \(filesRemoved) removed" : ""))"
        return "Built \(pages) page\(pages == 1 ? "" : "s") in \(sections) section\(sections == 1 ? "" : "s"), "
            + "\(tags) tag\(tags == 1 ? "" : "s"): "
            + "\(written) to \(output.lastPathComponent)/\(changes)"
            + (imagesEncoded > 0 ? ", \(imagesEncoded) of them images encoded" : "") + " in \(time) s"
    }
}
