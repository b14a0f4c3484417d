import Foundation

/// The files made of the images beside pages, each a job of its own whose inputs are the image's
/// bytes (its digest), its place, and the width and format made: an image whose bytes did not
/// change is never encoded again, whatever else of the site did. A file the output folder does
/// not hold is taken from the `EncodedImageCache` when it is there, and kept there once encoded.
final class ImageJobs: @unchecked Sendable {
    let settings: ImageSettings
    let root: URL
    let cache: EncodedImageCache?
    private let encodingDigest: ContentDigest
    private let lock = NSLock()
    private var failures: [Diagnostic] = []
    private var encodedCount = 0

    init(settings: ImageSettings, root: URL, cache: EncodedImageCache?) {
        self.settings = settings
        self.root = root
        self.cache = cache
        encodingDigest = settings.encodingDigest
    }

    /// The files encoded so far, rather than taken from the output folder or the cache.
    var encoded: Int { lock.withLock { encodedCount } }

    /// The jobs of the images shown by `pages`, or lying beside them.
    func jobs(_ plan: ImagePlan, pages: [Page]) -> [RenderJob] {
        let published = Set(pages.map(\.sourcePath))
        return plan.images.keys.sorted().compactMap { plan.images[$0] }.filter { published.contains($0.page) }.flatMap { image in
            image.files.map { file in
                RenderJob(file.path, kind: "image", inputs: image.source, image.digest, file.width, file.format.rawValue) {
                    source, _, width, format in
                    self.file(source, digest: image.digest, width: width, format: Vips.Format(rawValue: format)!, path: file.path)
                }
            }
        }
    }

    /// What went wrong encoding, at each image; empty when every file was made.
    var problems: [Diagnostic] {
        lock.withLock { failures.sorted { $0.file < $1.file } }
    }

    private func file(_ source: String, digest: ContentDigest, width: Int, format: Vips.Format, path: String) -> OutputFile {
        let key = EncodedImageCache.key { key in
            key.add(encodingDigest)
            key.add(digest)
            key.add(width)
            key.add(format.rawValue)
        }
        if let data = cache?.data(key) { return OutputFile(path: path, content: .bytes(data), source: source) }
        let file = encode(source, width: width, format: format, path: path)
        if case .bytes(let data) = file.content, !data.isEmpty { cache?.keep(data, key) }
        return file
    }

    private func encode(_ source: String, width: Int, format: Vips.Format, path: String) -> OutputFile {
        lock.withLock { encodedCount += 1 }
        let quality = format == .avif ? settings.avifQuality : settings.quality
        switch Vips.encode(root.appendingFile(source).path, width: width, as: format, quality: quality, effort: settings.effort) {
        case .success(let data):
            return OutputFile(path: path, content: .bytes(data), source: source)
        case .failure(let failure):
            lock.withLock {
                failures.append(Diagnostic(file: source, message: "cannot be made into /\(path): \(failure.message)",
                                           hint: "the image may be damaged or cut short: save it again"))
            }
            return OutputFile(path: path, content: .bytes(Data()), source: source)
        }
    }
}
