import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Encoded images kept between builds in `.sitegen-cache/images/` beside the site, each named by
/// a digest of what made it (the source's bytes, the width, the format, the encoding settings),
/// so that a build into a new or emptied output folder, or on another checkout of the same site,
/// takes them from there instead of encoding them again.
///
/// An entry is a hard link to the file a build published, made once that build has written its
/// site, and a later build links it into its own output in turn: a photo's dozen encoded files
/// are neither copied into the cache nor out of it, so a build that encodes nothing costs little
/// more than one of the same site without images. Where the cache and the output are on two file
/// systems, or one refuses hard links, the bytes are copied instead.
///
/// An entry is trusted by the writer's own `OutputRecord` on the file (its digest, size and
/// modification time), never by its name alone: one changed since (a tool that rewrites the
/// output's images in place rewrites the entry with them) no longer matches its record and is
/// made again. An entry goes in under a temporary name and is renamed into place, so a build
/// killed meanwhile leaves nothing under a key. Besides the output, this folder is the one place
/// sitegen writes.
struct EncodedImageCache: Sendable {
    let folder: URL

    /// The folder beside `site.yaml` holding every cache sitegen keeps.
    static let folderName = ".sitegen-cache"

    init(root: URL) {
        folder = root.appendingPathComponent(Self.folderName).appendingPathComponent("images")
    }

    init(folder: URL) {
        self.folder = folder
    }

    /// The entry under `key` as a file to link into the output, with the digest of its bytes;
    /// nil when there is none, or it changed since it was kept.
    func entry(_ key: String) -> (path: String, digest: ContentDigest)? {
        // A string, not a URL: made for every file of every image, a URL was the lookup's cost.
        let path = folderPath + "/" + key
        guard let record = OutputRecord.read(path: path) else { return nil }
        return (path, record.digest)
    }

    private var folderPath: String { folder.path }

    /// Keeps each file a build wrote to `output` under its key, whole or not at all. A cache
    /// that cannot be written (a read-only folder) costs only the next build's time, so failing
    /// to write is not an error.
    func keep(_ files: [(path: String, key: String)], writtenTo output: URL) {
        guard !files.isEmpty, (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return }
        for file in files {
            let published = output.appendingFile(file.path).path
            // Only a file that carries the writer's record: the entry is trusted by it.
            guard let record = OutputRecord.read(path: published) else { continue }
            let temporary = folder.appendingPathComponent(".\(file.key).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
            if !OutputWriter.link(published, to: temporary) {
                guard let data = FileManager.default.contents(atPath: published),
                      (try? OutputWriter.create(temporary, data, OutputWriter.Record(madeFrom: nil, digest: record.digest))) != nil
                else { unlink(temporary); continue }
            }
            if rename(temporary, folder.appendingPathComponent(file.key).path) != 0 { unlink(temporary) }
        }
    }
}
