import Foundation
import Testing

/// The archive's HTML (and CSS) is valid according to the Nu Html Checker, the W3C's validator.
@Suite("HTML validation with the Nu Html Checker")
struct HTMLValidationTests {
    @Test("every page of the archive site is valid HTML, and its CSS is valid CSS")
    func archiveIsValid() throws {
        let validator = try NuValidator.locate()
        let folder = try TemporaryFolder("site-checks-validate")
        defer { folder.remove() }
        let site = try SitegenBinary.buildArchive(in: folder)

        let pages = TemporaryFolder.files(in: site, withExtensions: ["html"])
        let styles = TemporaryFolder.files(in: site, withExtensions: ["css", "svg"])
        try #require(pages.count >= 10, "the archive build wrote only \(pages.count) HTML files to \(site.path)")
        let messages = try validator.check(pages + styles)

        let version = try validator.version()
        print("Nu Html Checker \(version): checked \(pages.count) HTML and \(styles.count) CSS/SVG files")
        for warning in messages where warning.isWarning {
            print(warning.describe(relativeTo: site))
        }
        let errors = messages.filter(\.isError)
        if !errors.isEmpty {
            Issue.record("""
            \(errors.count) error(s) from the Nu Html Checker \(version) (\(validator.jar.path)):
            \(errors.map { $0.describe(relativeTo: site) }.joined(separator: "\n"))
            """)
        }
    }

    /// Without this, a validator that checked nothing would pass every site.
    @Test("the check reports a broken page, with its file and line")
    func brokenPageFails() throws {
        let validator = try NuValidator.locate()
        let folder = try TemporaryFolder("site-checks-validate-broken")
        defer { folder.remove() }
        try folder.write([
            "good/index.html": """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Good</title></head>
                <body><p>Fine.</p></body></html>

                """,
            "bad/index.html": """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Bad</title></head>
                <body>
                <p>An image with no alt text: <img src="a.png"></p>
                <span><div>a div inside a span</div></span>
                </body></html>

                """,
            "assets/style.css": "body { colr: red; }\n",
        ])

        let messages = try validator.check(folder.files(withExtensions: ["html", "css"]))
        let errors = messages.filter(\.isError).map { $0.describe(relativeTo: folder.url) }
        #expect(errors.contains { $0.hasPrefix("bad/index.html:4:") && $0.contains("alt") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("bad/index.html:5:") }, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("assets/style.css:") && $0.contains("colr") }, "\(errors)")
        #expect(!errors.contains { $0.hasPrefix("good/") }, "\(errors)")
    }
}
