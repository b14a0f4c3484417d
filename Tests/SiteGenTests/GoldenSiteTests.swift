import Foundation
import Testing
@testable import SiteGen

/// Builds each fixture site under `Fixtures/` and compares every output file with `Expected/`.
/// `SITEGEN_RECORD=1 swift test` writes the current output as the new expectation.
@Suite("Golden sites")
struct GoldenSiteTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    @Test("every output file matches the expected one", arguments: ["basic", "bilingual"])
    func golden(site name: String) throws {
        let root = Self.fixtures.appendingPathComponent(name)
        let expected = root.appendingPathComponent("Expected")
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: output) }

        // A fixed "now" keeps the fixture's page from 2999 out whatever the date of the run.
        let now = try #require(ISO8601DateFormatter().date(from: "2026-11-21T00:00:00Z"))
        try SiteBuilder.build(BuildOptions(root: root, output: output, now: now))
        let actual = try FileTree.read(output)

        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: expected)
            try FileManager.default.copyItem(at: output, to: expected)
            return
        }
        let wanted = try FileTree.read(expected)
        let missing = Set(wanted.keys).subtracting(actual.keys).sorted()
        let extra = Set(actual.keys).subtracting(wanted.keys).sorted()
        #expect(missing.isEmpty, "files not built: \(missing)")
        #expect(extra.isEmpty, "files built but not expected: \(extra)")
        for path in Set(wanted.keys).intersection(actual.keys).sorted() where wanted[path] != actual[path] {
            Issue.record("""
                \(path) differs from Expected/ (re-record with SITEGEN_RECORD=1 if the change is intended):
                \(FileTree.firstDifference(wanted[path]!, actual[path]!))
                """)
        }
    }
}

/// Every file under a folder, by relative path.
enum FileTree {
    static func read(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let prefix = root.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(prefix.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The first line that differs, for a readable failure.
    static func firstDifference(_ expected: Data, _ actual: Data) -> String {
        let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let b = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(a.count, b.count) {
            let x = index < a.count ? String(a[index]) : "<end>"
            let y = index < b.count ? String(b[index]) : "<end>"
            if x != y { return "line \(index + 1):\n  expected: \(x)\n  actual:   \(y)" }
        }
        return "(same text, different bytes)"
    }
}
