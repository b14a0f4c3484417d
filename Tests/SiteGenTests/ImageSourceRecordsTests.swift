import Foundation
import Testing
@testable import SiteGen

@Suite("Image source records")
struct ImageSourceRecordsTests {
    static func image(_ name: String, modified: Int) -> (FileStamp, SourceImage) {
        (FileStamp(size: 1234, modified: modified, modifiedNanoseconds: 5, changed: modified, changedNanoseconds: 6, inode: 77),
         SourceImage(source: "Content/works/x/\(name)", page: "Content/works/x/index.md", output: "works/x/\(name)",
                     digest: ContentDigest(name), width: 3000, height: 2000, format: .jpeg))
    }

    @Test("what a build read comes back to the next, by output path; files written within the last second are left out")
    func roundTrip() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let records = ImageSourceRecords(root: root)
        #expect(records.read().isEmpty)
        let now = 2_000_000_000
        let old = Self.image("photo.jpg", modified: now - 100), fresh = Self.image("new.jpg", modified: now)
        records.write(["works/x/photo.jpg": old, "works/x/new.jpg": fresh], now: now, previous: [:])
        let read = records.read()
        #expect(read.keys.sorted() == ["works/x/photo.jpg"])
        let (stamp, image) = try #require(read["works/x/photo.jpg"])
        #expect(stamp == old.0)
        #expect(image.source == old.1.source && image.page == old.1.page && image.digest == old.1.digest)
        #expect(image.width == 3000 && image.height == 2000 && image.format == .jpeg)
    }

    @Test("a record that is not one is ignored, not trusted")
    func garbage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-sources-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let records = ImageSourceRecords(root: root)
        try FileManager.default.createDirectory(at: records.file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("sitegen image sources 1\nContent/a.jpg\tnot\tenough\n\u{0}\u{1}".utf8).write(to: records.file)
        #expect(records.read().isEmpty)
        try Data("something else entirely\n".utf8).write(to: records.file)
        #expect(records.read().isEmpty)
    }
}
