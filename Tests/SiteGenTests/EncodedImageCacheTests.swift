import Foundation
import Testing
@testable import SiteGen

@Suite("Encoded image cache")
struct EncodedImageCacheTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-cache-\(UUID().uuidString)")
    }

    @Test("bytes kept under a key come back as they were; another key has none")
    func keeps() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EncodedImageCache(folder: folder)
        let key = EncodedImageCache.key { $0.add("photo"); $0.add(480) }
        #expect(key.count == 16 && key != EncodedImageCache.key { $0.add("photo"); $0.add(960) })
        #expect(cache.data(key) == nil)
        cache.keep(Data("encoded bytes".utf8), key)
        #expect(cache.data(key) == Data("encoded bytes".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [key], "no temporary file is left")
    }

    @Test("an entry cut short, changed, or emptied is not trusted", arguments: ["cut", "changed", "empty"])
    func damaged(how: String) throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = EncodedImageCache(folder: folder)
        let key = EncodedImageCache.key { $0.add("photo") }
        cache.keep(Data(repeating: 7, count: 100), key)
        let url = folder.appendingPathComponent(key)
        var stored = try Data(contentsOf: url)
        switch how {
        case "cut": stored = stored.prefix(60)
        case "changed": stored[10] = 8
        default: stored = Data()
        }
        try stored.write(to: url)
        #expect(cache.data(key) == nil)
    }

    @Test("a folder that cannot be written costs the cache, not the build")
    func unwritable() throws {
        let file = Self.folder()
        defer { try? FileManager.default.removeItem(at: file) }
        try Data("a file where the folder would be".utf8).write(to: file)
        let cache = EncodedImageCache(folder: file.appendingPathComponent("images"))
        cache.keep(Data("x".utf8), "0123456789abcdef")
        #expect(cache.data("0123456789abcdef") == nil)
    }
}
