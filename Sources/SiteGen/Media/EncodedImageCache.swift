import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Encoded images kept between builds in `.sitegen-cache/images/` beside the site, each named by
/// a digest of what made it (the source's bytes, the width, the format, the encoding settings),
/// so that a build into a new or emptied output folder, or on another checkout of the same site,
/// takes them from there instead of encoding them again.
///
/// Besides the output, this folder is the one place sitegen writes, and only once a build has
/// written its site, from the files it wrote. An entry is written under a
/// temporary name and renamed into place, so a build killed while writing leaves no entry under
/// a key; each entry ends with a digest of its bytes, so one damaged afterwards (cut short by a
/// full disk, edited by hand) is found and made again rather than published.
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

    /// The entry's name for a file made of `parts` (already digested: source bytes, settings, …).
    static func key(_ add: (inout ContentDigest.Builder) -> Void) -> String {
        var digest = ContentDigest.Builder()
        digest.add("sitegen image cache 1")
        add(&digest)
        let text = String(digest.digest.value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    /// The bytes kept under `key`; nil when there are none, or they are damaged.
    func data(_ key: String) -> Data? {
        guard let stored = try? Data(contentsOf: folder.appendingPathComponent(key)), stored.count > Self.trailerSize else { return nil }
        let body = stored.prefix(stored.count - Self.trailerSize)
        let trailer = stored.suffix(Self.trailerSize)
        guard trailer.elementsEqual(Self.trailer(of: body)) else { return nil }
        return Data(body)
    }

    /// Keeps `data` under `key`, whole or not at all. A cache that cannot be written (a read-only
    /// folder) costs only the next build's time, so failing to write is not an error.
    func keep(_ data: Data, _ key: String) {
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".\(key).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        var stored = data
        stored.append(contentsOf: Self.trailer(of: data))
        guard (try? stored.write(to: temporary)) != nil else { return }
        if rename(temporary.path, folder.appendingPathComponent(key).path) != 0 {
            unlink(temporary.path)
        }
    }

    /// Keeps each file a build wrote to `output` under its key.
    func keep(_ files: [(path: String, key: String)], writtenTo output: URL) {
        for file in files {
            if let data = try? Data(contentsOf: output.appendingPathComponent(file.path)) { keep(data, file.key) }
        }
    }

    /// A marker and the digest of the bytes, little-endian.
    private static func trailer(of data: Data) -> [UInt8] {
        let value = ContentDigest(data).value
        return Array("sgc1".utf8) + (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static let trailerSize = 12
}
