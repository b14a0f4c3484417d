import Foundation

/// The raster images beside pages, each read once: its bytes' digest, its header, which widths
/// its page shows it at. What is wrong with one (not an image, not the format its name says, too
/// many pixels) is an error at the file, and at the Markdown line that shows it.
struct ImagePlan: Sendable {
    /// By output path.
    var images: [String: SourceImage] = [:]
    var problems: [Diagnostic] = []

    /// `pages`' raster images in `files`, read on all cores. `previous` (the last build's reads,
    /// by output path) is taken for a file whose stamp has not changed.
    static func make(pages: [Page], files: PublishedFiles, settings: ImageSettings, config: SiteConfig, root: URL,
                     previous: [String: (FileStamp, SourceImage)] = [:]) -> (ImagePlan, [String: (FileStamp, SourceImage)]) {
        var candidates: [(page: Page, source: String, output: String, format: Vips.Format, shownAt: SourcePosition?)] = []
        let basePath = config.basePath
        for page in pages {
            guard let beside = files.besidePages[page.sourcePath] else { continue }
            var shown: [String: SourcePosition] = [:]
            if let path = PageImage.reference(of: page, basePath: basePath)?.path {
                shown[path] = page.frontMatter.positions[PageImage.key] ?? SourcePosition(line: 1, column: 1)
            }
            for link in page.content.links where link.isImage {
                if let path = ImageReference.outputPath(of: link.destination, on: page, basePath: basePath), shown[path] == nil {
                    shown[path] = SourcePosition(line: link.line, column: link.column)
                }
            }
            for source in beside {
                guard let format = SourceImage.format(of: source) else { continue }
                let output = PublishedFiles.outputPath(of: source, besidePage: page.outputPath)
                candidates.append((page, source, output, format, shown[output]))
            }
        }
        let results = candidates.concurrentMap { candidate -> (FileStamp?, Result<SourceImage, Diagnostic>) in
            let location = root.appendingFile(candidate.source).path
            let stamp = FileStamp(path: location)
            if let stamp, let (oldStamp, old) = previous[candidate.output], oldStamp == stamp, old.source == candidate.source {
                return (stamp, .success(old))
            }
            return (stamp, read(candidate.source, at: location, page: candidate.page.sourcePath, output: candidate.output,
                                format: candidate.format, settings: settings))
        }
        var plan = ImagePlan()
        var kept: [String: (FileStamp, SourceImage)] = [:]
        for (candidate, (stamp, result)) in zip(candidates, results) {
            switch result {
            case .success(var image):
                if let stamp { kept[candidate.output] = (stamp, image) }
                image.widths = candidate.shownAt == nil ? [] : SourceImage.widths(settings, imageWidth: image.width)
                plan.images[image.output] = image
            case .failure(var problem):
                if let place = candidate.shownAt {
                    problem.message += " (shown by \(candidate.page.sourcePath):\(place.line):\(place.column))"
                }
                plan.problems.append(problem)
            }
        }
        return (plan, kept)
    }

    /// The loaders that read each format's files.
    private static let loaders: [Vips.Format: String] = [.jpeg: "jpegload", .png: "pngload", .webp: "webpload"]

    private static func read(_ source: String, at location: String, page: String, output: String, format: Vips.Format,
                             settings: ImageSettings) -> Result<SourceImage, Diagnostic> {
        func problem(_ message: String, _ hint: String) -> Result<SourceImage, Diagnostic> {
            .failure(Diagnostic(file: source, message: message, hint: hint))
        }
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: location), options: .mappedIfSafe) else {
            return problem("cannot read the image", "check that the file is readable")
        }
        guard !data.isEmpty else { return problem("the image is empty (0 bytes)", "save the image again, or remove it") }
        let header: Vips.Header
        switch Vips.header(of: location) {
        case .success(let read): header = read
        case .failure(let failure): return problem("is not an image libvips can read: \(failure.message)", "save it again as JPEG, PNG or WebP")
        }
        let name = format == .jpeg ? "JPEG" : format.rawValue.uppercased()
        guard header.loader.hasPrefix(loaders[format]!) else {
            return problem("is not the \(name) image its name says (libvips reads it with \(header.loader))",
                           "give it the extension of what it is, or save it again as \(name)")
        }
        guard header.width * header.height <= settings.maxPixels else {
            return problem("has \(header.width) × \(header.height) pixels, more than the \(settings.maxPixels) images.max_pixels allows",
                           "make it smaller, or raise images.max_pixels in site.yaml")
        }
        return .success(SourceImage(source: source, page: page, output: output, digest: ContentDigest(data),
                                    width: header.width, height: header.height, format: format))
    }
}
