import Foundation
import Testing
@testable import SiteGen

/// `serve` remembers what it wrote into its output folder; when another sitegen writes there in
/// between, its next build finds out and gives what a clean build gives.
@Suite("An output folder written by two sitegens")
struct SharedOutputTests {
    @Test("a build with a store after another sitegen's build into the same folder equals a clean build")
    func anotherWriterInBetween() throws {
        let root = try IncrementalBuildTests.copyFixture()
        defer { try? FileManager.default.removeItem(at: root) }
        let output = root.appendingPathComponent("Public")
        let options = BuildOptions(root: root, output: output, now: IncrementalBuildTests.now)
        let store = BuildStore()
        try SiteBuilder.build(options, store: store)

        // Another sitegen builds the site with drafts into the same folder.
        var drafts = options
        drafts.includeDrafts = true
        let other = try SiteBuilder.build(drafts, store: BuildStore(.outputRecords))
        #expect(other.filesWritten > 0)

        // `serve` saw no source change; its folder did change.
        let again = try SiteBuilder.build(options, store: store, changed: [])
        #expect(again.filesWritten > 0, "the other build's files are replaced")
        try UnchangedSiteTests.expectClean(root, options, "after another sitegen wrote the folder")
    }
}
