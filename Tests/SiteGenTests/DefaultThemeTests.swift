import Foundation
@testable import SiteGen
import Testing

/// The theme carried in the binary for `sitegen init` is `Templates/`, byte for byte.
@Suite("The default theme")
struct DefaultThemeTests {
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Templates")

    @Test("DefaultTheme+Files.swift holds every file of Templates/ and nothing else (make theme writes it again)")
    func sameAsTemplates() throws {
        var onDisk: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: Self.templates, includingPropertiesForKeys: [.isRegularFileKey],
                                                                     options: [.skipsHiddenFiles]))
        let prefix = Self.templates.standardizedFileURL.path + "/"
        while let url = enumerator.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            onDisk[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        #expect(onDisk.count > 10, "Templates/ was found at \(Self.templates.path)")

        let embedded = Dictionary(DefaultTheme.files.map { ($0.path, $0.bytes) }, uniquingKeysWith: { first, _ in first })
        let missing = Set(onDisk.keys).subtracting(embedded.keys).sorted()
        let extra = Set(embedded.keys).subtracting(onDisk.keys).sorted()
        let changed = onDisk.keys.filter { embedded[$0] != nil && embedded[$0] != onDisk[$0] }.sorted()
        #expect(missing == [], "in Templates/ but not in the binary: run make theme")
        #expect(extra == [], "in the binary but no longer in Templates/: run make theme")
        #expect(changed == [], "changed in Templates/ since make theme last ran")
        #expect(DefaultTheme.files.map(\.path) == DefaultTheme.files.map(\.path).sorted(), "in path order, so the file is deterministic")
    }
}
