/// The JSON report of `Scripts/browser_check.py`.
struct BrowserReport: Decodable {
    /// One path loaded at one width.
    struct Page: Decodable {
        struct Exception: Decodable {
            var message: String
            var url: String
            var line: Int
        }

        struct HTTPError: Decodable {
            var url: String
            var status: Int
        }

        struct FailedRequest: Decodable {
            var url: String
            var error: String
        }

        struct Offender: Decodable {
            /// e.g. `main > article > div.too-wide`.
            var element: String
            var left: Int
            var right: Int
            var width: Int
        }

        struct Font: Decodable {
            var family: String
            var glyphs: Int
        }

        struct Layout: Decodable {
            var innerWidth: Int
            var clientWidth: Int
            var scrollWidth: Int
            var overflows: Bool
            var offenders: [Offender]
        }

        var path: String
        var url: String
        var width: Int
        var mobile: Bool
        var screenshot: String?
        /// Every finding, one line each; empty when the page is fine.
        var problems: [String]
        var jsExceptions: [Exception]
        var consoleErrors: [String]
        var httpErrors: [HTTPError]
        var failedRequests: [FailedRequest]
        var layout: Layout?
        /// The fonts that drew the first heading's text, and how many glyphs each.
        var headingFonts: [Font]?
        /// The value of `--evaluate`, when it gave a string.
        var evaluated: String?
    }

    /// The browser that loaded the pages, e.g. `Chrome/156.0.8078.79`.
    var chromium: String
    var problemCount: Int
    var pages: [Page]
}
