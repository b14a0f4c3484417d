import Foundation
import Testing

/// A site fresh from `sitegen init`, as its first readers get it.
@Suite("A new site from sitegen init")
struct InitSiteChecks {
    @Test("every page of a new site is valid HTML, and its CSS and image are valid")
    func newSiteIsValid() throws {
        let validator = try NuValidator.locate()
        let folder = try TemporaryFolder("site-checks-init")
        defer { folder.remove() }
        let made = try Command.run(SitegenBinary.url, ["init", "site"], in: folder.url, timeout: 60)
        try #require(made.status == 0, "\(made)")
        let site = folder.url.appendingPathComponent("site")
        let build = try Command.run(SitegenBinary.url, ["build"], in: site, timeout: 120)
        try #require(build.status == 0, "\(build)")

        let output = site.appendingPathComponent("Public")
        let pages = TemporaryFolder.files(in: output, withExtensions: ["html"])
        let others = TemporaryFolder.files(in: output, withExtensions: ["css", "svg"])
        try #require(pages.count >= 10, "the new site's build wrote only \(pages.count) HTML files")
        #expect(others.contains { $0.lastPathComponent == "first-page.svg" })
        let errors = try validator.check(pages + others).filter(\.isError)
        #expect(errors.isEmpty, "\(errors.map { $0.describe(relativeTo: output) }.joined(separator: "\n"))")
    }
}
