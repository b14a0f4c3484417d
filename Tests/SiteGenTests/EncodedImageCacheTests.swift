import Foundation
import Testing
@testable import SiteGen
#if canImport(Glibc)
import Glibc
#endif

@Suite("Encoded image cache")
struct EncodedImageCacheTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cache-\(UUID().uuidString)")
    }

    /// An output folder holding one file as the writer writes it, with its record.
    static func published(_ data: Data, in folder: URL) throws -> URL {
        let output = folder.appendingPathComponent("Public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try OutputWriter.create(output.appendingPathComponent("photo-480w.avif").path, data,
                                OutputWriter.Record(madeFrom: nil, digest: ContentDigest(data)))
        return output
    }

    static func inode(_ url: URL) -> UInt64 {
        var info = stat()
        return stat(url.path, &info) == 0 ? UInt64(info.st_ino) : 0
    }

    @Test("a published file kept under a key comes back, the same file, with its digest; another key has none")
    func keeps() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = Data("encoded bytes".utf8)
        let output = try Self.published(data, in: folder)
        let cache = EncodedImageCache(folder: folder.appendingPathComponent("cache"))
        let key = ImageJobs.key { $0.add("photo"); $0.add(480) }
        #expect(key.count == 16 && key != ImageJobs.key { $0.add("photo"); $0.add(960) })
        #expect(cache.entry(key) == nil)
        cache.keep([("photo-480w.avif", key)], writtenTo: output)
        let entry = try #require(cache.entry(key))
        #expect(entry.digest == ContentDigest(data))
        #expect(try Data(contentsOf: URL(fileURLWithPath: entry.path)) == data)
        #expect(Self.inode(URL(fileURLWithPath: entry.path)) == Self.inode(output.appendingPathComponent("photo-480w.avif")), "linked, not copied")
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.folder.path) == [key], "no temporary file is left")
    }

    @Test("an entry cut short, rewritten in place, emptied, or replaced is not trusted",
          arguments: ["cut", "changed", "empty", "replaced"])
    func damaged(how: String) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.published(Data(repeating: 7, count: 100), in: folder)
        let cache = EncodedImageCache(folder: folder.appendingPathComponent("cache"))
        let key = ImageJobs.key { $0.add("photo") }
        cache.keep([("photo-480w.avif", key)], writtenTo: output)
        let url = cache.folder.appendingPathComponent(key)
        var stored = try Data(contentsOf: url)
        switch how {
        case "cut": stored = stored.prefix(60)
        case "changed": stored[10] = 8
        case "empty": stored = Data()
        default: break
        }
        try stored.write(to: url, options: how == "replaced" ? .atomic : [])
        if how == "changed" {
            // The same size: what tells it apart is the time of the edit, later than the write.
            var times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2 /* UTIME_OMIT */), timespec(tv_sec: time(nil) + 10, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
        }
        #expect(cache.entry(key) == nil)
    }

    @Test("a file without the writer's record is not kept")
    func unrecorded() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Public")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("someone else's".utf8).write(to: output.appendingPathComponent("photo-480w.avif"))
        let cache = EncodedImageCache(folder: folder.appendingPathComponent("cache"))
        cache.keep([("photo-480w.avif", "0123456789abcdef")], writtenTo: output)
        #expect(cache.entry("0123456789abcdef") == nil)
    }

    @Test("a folder that cannot be written costs the cache, not the build")
    func unwritable() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = try Self.published(Data("x".utf8), in: folder)
        let file = folder.appendingPathComponent("cache")
        try Data("a file where the folder would be".utf8).write(to: file)
        let cache = EncodedImageCache(folder: file.appendingPathComponent("images"))
        cache.keep([("photo-480w.avif", "0123456789abcdef")], writtenTo: output)
        #expect(cache.entry("0123456789abcdef") == nil)
    }
}
