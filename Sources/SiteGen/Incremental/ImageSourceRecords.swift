import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What builds read of the images beside pages (each one's digest and size), kept beside the
/// encoded images so that a build in a new process, into any output folder, reads and digests
/// only the images whose stamp changed: digesting a thousand photos again was most of the time
/// of a build that encodes nothing. One line an image; a file that cannot be read as such is
/// ignored, and written anew by the next build.
struct ImageSourceRecords {
    let file: URL

    init(root: URL) {
        file = root.appendingPathComponent(EncodedImageCache.folderName).appendingPathComponent("image-sources.tsv")
    }

    private static let header = "sitegen image sources 1"

    /// The images as last recorded, by output path.
    func read() -> [String: (FileStamp, SourceImage)] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [:] }
        var lines = text.split(separator: "\n")[...]
        guard lines.popFirst() == Substring(Self.header) else { return [:] }
        var images: [String: (FileStamp, SourceImage)] = [:]
        for line in lines {
            // source, page, output, six numbers of the stamp, digest, width, height, format
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 13 else { continue }
            let numbers = fields[3...8].compactMap { Int($0) }
            guard numbers.count == 6, let inode = UInt(fields[8]), let digest = UInt64(fields[9], radix: 16),
                  let width = Int(fields[10]), let height = Int(fields[11]), let format = Vips.Format(rawValue: fields[12]) else { continue }
            let stamp = FileStamp(size: numbers[0], modified: numbers[1], modifiedNanoseconds: numbers[2],
                                  changed: numbers[3], changedNanoseconds: numbers[4], inode: inode)
            images[fields[2]] = (stamp, SourceImage(source: fields[0], page: fields[1], output: fields[2], digest: ContentDigest(value: digest),
                                                    width: width, height: height, format: format))
        }
        return images
    }

    /// Records `images`, leaving out those written too recently to vouch for (see
    /// `FileStamp.settleSeconds`); under a temporary name renamed into place, and only when
    /// the record would change. Failing to write costs only the next build's time.
    func write(_ images: [String: (FileStamp, SourceImage)], now: Int, previous: [String: (FileStamp, SourceImage)]) {
        let settled = images.filter { $0.value.0.modified < now - FileStamp.settleSeconds }
        guard settled.count != previous.count || settled.contains(where: { path, entry in previous[path].map { $0.0 != entry.0 || $0.1.source != entry.1.source } ?? true })
        else { return }
        var text = Self.header + "\n"
        for (_, (stamp, image)) in settled.sorted(by: { $0.key < $1.key })
        where !(image.source + image.page + image.output).contains(where: { $0 == "\t" || $0 == "\n" }) {
            let numbers = [stamp.size, stamp.modified, stamp.modifiedNanoseconds, stamp.changed, stamp.changedNanoseconds].map(String.init)
            text += ([image.source, image.page, image.output] + numbers + [String(stamp.inode), String(image.digest.value, radix: 16),
                                                                   String(image.width), String(image.height), image.format.rawValue]).joined(separator: "\t") + "\n"
        }
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".image-sources.\(getpid()).tmp")
        guard (try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)) != nil,
              (try? Data(text.utf8).write(to: temporary)) != nil else { return }
        if rename(temporary.path, file.path) != 0 { unlink(temporary.path) }
    }
}
