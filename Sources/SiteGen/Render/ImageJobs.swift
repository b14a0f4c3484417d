import Foundation

/// The files made of the images beside pages, each a job of its own whose inputs are the image's
/// bytes (its digest), its place, and the width and format made: an image whose bytes did not
/// change is never encoded again, whatever else of the site did. A file the output folder does
/// not hold is taken from the cache of encoded files when it is there (`cached`, by the key each
/// job names); the files encoded are named in `encodedFiles`, for the build to keep in the cache
/// once it has written them.
final class ImageJobs: @unchecked Sendable {
    let settings: ImageSettings
    let root: URL
    /// The cache's file under a key, with its bytes' digest; nil when it has none.
    typealias Cached = @Sendable (String) -> (path: String, digest: ContentDigest)?
    let cached: Cached?
    private let encodingDigest: ContentDigest
    private let lock = NSLock()
    private var failures: [Diagnostic] = []
    private var encodedCount = 0
    private var encodedKeys: [(path: String, key: String)] = []

    init(settings: ImageSettings, root: URL, cached: Cached?) {
        self.settings = settings
        self.root = root
        self.cached = cached
        encodingDigest = settings.encodingDigest
    }

    /// The files encoded so far, rather than taken from the output folder or the cache.
    var encoded: Int { lock.withLock { encodedCount } }

    /// The files encoded, with the cache's key for each, in path order.
    var encodedFiles: [(path: String, key: String)] { lock.withLock { encodedKeys.sorted { $0.path < $1.path } } }

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

    /// The cache's name for a file made of what `add` adds (digests of the source's bytes, the
    /// settings, …).
    static func key(_ add: (inout ContentDigest.Builder) -> Void) -> String {
        var digest = ContentDigest.Builder()
        digest.add("sitegen image cache 2")
        add(&digest)
        let text = String(digest.digest.value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    /// What went wrong encoding, at each image; empty when every file was made.
    var problems: [Diagnostic] {
        lock.withLock { failures.sorted { $0.file < $1.file } }
    }

    private func file(_ source: String, digest: ContentDigest, width: Int, format: Vips.Format, path: String) -> OutputFile {
        let key = Self.key { key in
            key.add(encodingDigest)
            key.add(digest)
            key.add(width)
            key.add(format.rawValue)
        }
        let quality = format == .avif ? settings.avifQuality : settings.quality
        return made(path, source: source, key: key) {
            Vips.encode(root.appendingFile(source).path, width: width, as: format, quality: quality, effort: settings.effort)
        } failure: { failure in
            Diagnostic(file: source, message: "cannot be made into /\(path): \(failure.message)",
                       hint: "the image may be damaged or cut short: save it again")
        }
    }

    /// The file at `path`: the cache's entry under `key`, or else made by `make` (and counted)
    /// and kept there; on failure, empty, with what went wrong among the `problems`.
    func made(_ path: String, source: String, key: String, make: () -> Result<Data, Vips.Failure>,
              failure: (Vips.Failure) -> Diagnostic) -> OutputFile {
        if let entry = cached?(key) {
            var file = OutputFile(path: path, content: .linked(entry.path), source: source)
            file.digest = entry.digest
            return file
        }
        lock.withLock { encodedCount += 1 }
        switch make() {
        case .success(let data):
            lock.withLock { encodedKeys.append((path, key)) }
            return OutputFile(path: path, content: .bytes(data), source: source)
        case .failure(let made):
            let problem = failure(made)
            lock.withLock { failures.append(problem) }
            return OutputFile(path: path, content: .bytes(Data()), source: source)
        }
    }
}
