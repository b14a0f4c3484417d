import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Encoded images are kept in `.sitegen-cache/images/` beside the site, so a clean build into a
/// new folder encodes nothing that an earlier build encoded.
@Suite("sitegen build: images encoded once, across clean builds")
struct ImageCacheTests {
    static var cacheFolder: String { ".sitegen-cache/images" }

    static func entries(_ site: SiteFixture) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: site.root.appendingPathComponent(cacheFolder).path).sorted()
    }

    @Test("a clean build into a new folder encodes nothing; a changed image re-encodes only its own files")
    func cleanBuilds() throws {
        let site = try ImageTests.site()
        defer { site.remove() }
        let first = try site.build()
        #expect(first.status == 0, "\(first)")
        // The images' files, the page's card, and the lists': home, the section, tags, the archive, its year and month.
        #expect(first.stdout.contains(", 20 of them images encoded"), "\(first)")
        #expect(try Self.entries(site).count == 20, "one entry a file (the social cards too), no temporary file left")
        let elsewhere = site.sandbox.appendingPathComponent("Elsewhere").path
        let clean = try site.build("--output", elsewhere)
        #expect(clean.status == 0, "\(clean)")
        #expect(!clean.stdout.contains("encoded"), "\(clean)")
        for name in ["photo.jpg", "photo-16w.avif", "chart-48w.webp", "chart.png"] {
            let built = try ImageTests.data(site, "Public/works/print/" + name)
            #expect(try Data(contentsOf: URL(fileURLWithPath: elsewhere + "/works/print/" + name)) == built, "\(name)")
        }
        // The chart changed: its own seven files (three widths of which one its own, the file
        // under its name); the photo's six, and the card cut from the photo, taken from the cache.
        var chart = TestImages.png
        chart.append(contentsOf: [0, 0, 0, 0])
        try chart.write(to: site.root.appendingPathComponent("Content/works/print/chart.png"))
        let changed = try site.build("--output", site.sandbox.appendingPathComponent("Third").path)
        #expect(changed.status == 0, "\(changed)")
        #expect(changed.stdout.contains(", 7 of them images encoded"), "\(changed)")
    }

    @Test("a cache entry damaged in place or replaced is encoded again, not published; the output it was linked into is mended")
    func damagedEntries() throws {
        let site = try ImageTests.site()
        defer { site.remove() }
        #expect(try site.build().status == 0)
        let folder = site.root.appendingPathComponent(Self.cacheFolder)
        let published = site.publicFolder.appendingPathComponent("works/print")
        var built: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: published.path) {
            built[name] = try Data(contentsOf: published.appendingPathComponent(name))
        }
        let entries = try Self.entries(site)
        for (index, name) in entries.prefix(4).enumerated() {
            let url = folder.appendingPathComponent(name)
            var data = try Data(contentsOf: url)
            if index % 2 == 0 { data = data.prefix(data.count / 2) } else { data[data.count / 2] ^= 0xFF }
            // Rewritten in place (as a tool run over the output would), or replaced.
            try data.write(to: url, options: index < 2 ? [] : .atomic)
            if index == 1 {
                var times = [timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2 /* UTIME_OMIT */), timespec(tv_sec: time(nil) + 10, tv_nsec: 0)]
                #expect(utimensat(AT_FDCWD, url.path, &times, 0) == 0)
            }
        }
        // A half-written entry a killed build left under its temporary name is never read.
        try Data("half".utf8).write(to: folder.appendingPathComponent(".\(entries[5]).123.456.tmp"))
        let elsewhere = site.sandbox.appendingPathComponent("Elsewhere")
        let run = try site.build("--output", elsewhere.path)
        #expect(run.status == 0, "\(run)")
        #expect(run.stdout.contains(", 4 of them images encoded"), "\(run)")
        for (name, data) in built {
            #expect(try Data(contentsOf: elsewhere.appendingPathComponent("works/print/" + name)) == data, "\(name)")
        }
        // The entries damaged in place were the output's files too: the next build there mends them.
        let again = try site.build()
        #expect(again.status == 0, "\(again)")
        for (name, data) in built {
            #expect(try Data(contentsOf: published.appendingPathComponent(name)) == data, "\(name)")
        }
    }
}
