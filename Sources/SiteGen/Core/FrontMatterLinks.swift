/// Links written in front matter, and in the settings templates see as `site.params`, which
/// templates put into `href` and `src` as they are: the home page's timeline `url`, a source's
/// `url`, a page's `image`. They are held to the rule of links written in Markdown
/// (`isSafeDestination`), so that `url: javascript:…` becomes an error at its key rather than a
/// link that runs script when clicked.
enum FrontMatterLinks {
    /// Schemes a link written into a page may have. Any other (`javascript:`, `data:`,
    /// `vbscript:`, …) could run script or show what the site did not write when clicked; cmark's
    /// safe mode drops them from Markdown, and front matter and settings are held to the same rule.
    static let safeSchemes: Set<String> = ["http", "https", "mailto"]

    /// Whether `destination` is a link within the site (no scheme) or has one of `safeSchemes`.
    /// Read as a browser reads an `href`: spaces and control characters around it and tabs and
    /// line breaks within it ignored, so that `java\tscript:` is `javascript:`.
    static func isSafeDestination(_ destination: String) -> Bool {
        let read = destination.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        let trimmed = read.drop { $0.value <= 0x20 }
        guard let colon = trimmed.firstIndex(of: ":") else { return true }
        let scheme = trimmed[..<colon]
        // Not a scheme (`a/b:c`, `?q=a:b`, `#x:y`, `my file:1`): a browser reads the link as a path.
        guard let first = scheme.first, first.isASCII, first.properties.isAlphabetic,
              scheme.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) })
        else { return true }
        return safeSchemes.contains(String(String.UnicodeScalarView(scheme)).lowercased())
    }

    /// The keys whose text is a link, at any depth: `url`, `href`, `src`, `link`, `image` and
    /// any ending in `_url`.
    static func isLinkKey(_ key: String) -> Bool {
        ["url", "href", "src", "link", "image"].contains(key) || key.hasSuffix("_url")
    }

    /// A link with a scheme that is not allowed, and where it was written.
    struct Found: Equatable {
        /// As a person would name it: `timeline[2].url`.
        var keyPath: String
        var value: String
        /// The key of the front matter it lies under, and the item of that key's list, if any.
        var topKey: String
        var item: Int? = nil
    }

    /// Every link in `params` whose scheme is not allowed, in the order of the keys.
    static func unsafeLinks(in params: [String: FrontMatterValue]) -> [Found] {
        var found: [Found] = []
        for key in params.keys.sorted() {
            visit(params[key]!, key: key, path: key, top: key, item: nil, into: &found)
        }
        return found
    }

    private static func visit(_ value: FrontMatterValue, key: String, path: String, top: String, item: Int?, into found: inout [Found]) {
        switch value {
        case .string(let text):
            if isLinkKey(key), !isSafeDestination(text) {
                found.append(Found(keyPath: path, value: text, topKey: top, item: item))
            }
        case .list(let items):
            for (index, child) in items.enumerated() {
                // A list of links under a link key (`image: [a, b]`) is checked item by item.
                visit(child, key: key, path: "\(path)[\(index + 1)]", top: top, item: item ?? (path == top ? index : nil), into: &found)
            }
        case .map(let entries):
            for entry in entries {
                visit(entry.value, key: entry.key, path: "\(path).\(entry.key)", top: top, item: item, into: &found)
            }
        case .bool, .null:
            break
        }
    }

    static func diagnostic(_ link: Found, file: String, line: Int?, column: Int?) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column,
                   message: "'\(link.keyPath)' is '\(link.value)', a link with a scheme other than http, https or mailto",
                   hint: "write a web address (https://…), a mailto: address, or a path within the site (/articles/x/)")
    }
}
