import Foundation

/// Checks every link and image written in Markdown against the files the build produces and the
/// heading ids of the page they point at, reporting each at its Markdown line and column.
struct LinkChecker: Sendable {
    let site: Site
    /// Every output file path (`articles/x/index.html`, `assets/a.png`).
    let files: Set<String>
    /// Each page by its output file, for the heading ids a fragment may name: looked up in
    /// its few headings when a link has one, rather than a set made for every page, which a
    /// large site would pay for on one core.
    let pagesByFile: [String: Page]
    /// `config.basePath`, worked out once: it parses the base URL.
    private let basePath: String

    init(site: Site, files: [OutputFile]) {
        self.site = site
        self.files = Set(files.map(\.path))
        self.pagesByFile = Dictionary(site.pages.map { ($0.outputPath.file, $0) }, uniquingKeysWith: { first, _ in first })
        basePath = site.config.basePath
    }

    func check(severity: Diagnostic.Severity) -> [Diagnostic] {
        check(severity: severity, previous: nil).problems
    }

    /// Each page's problems with the key they were found under: the page, and every output path
    /// and heading id of the site. A rebuild in `serve` checks again only the pages whose key
    /// changed: an edit to one page's text leaves the rest of the site's links as they were.
    struct Results: Sendable {
        var byPage: [String: (key: ContentDigest, problems: [Diagnostic])] = [:]
    }

    /// Without `previous` (nothing kept, nothing to keep: a build that ends its process), the
    /// keys, a digest of every output path, are not worked out, and no results are given.
    func check(severity: Diagnostic.Severity, previous: Results?) -> (problems: [Diagnostic], results: Results) {
        let keys = previous != nil ? pageKeys(severity: severity) : nil
        let problems = Array(site.pages.indices).concurrentMap { index in
            let page = site.pages[index]
            if let keys, let old = previous?.byPage[page.sourcePath], old.key == keys[index] { return old.problems }
            return page.content.links.compactMap { link in problem(with: link, on: page, severity: severity) }
        }
        var results = Results()
        if let keys {
            for (index, page) in site.pages.enumerated() { results.byPage[page.sourcePath] = (keys[index], problems[index]) }
        }
        return (problems.flatMap { $0 }, results)
    }

    /// Each page's key, in `site.pages` order.
    private func pageKeys(severity: Diagnostic.Severity) -> [ContentDigest] {
        var outline = ContentDigest.Builder()
        outline.add(severity == .error ? 1 : 0)
        for path in files.sorted() { outline.add(path) }
        for page in site.pages {
            outline.add(page.outputPath.file)
            for heading in page.content.headings { outline.add(heading.id) }
        }
        return site.pages.map { page in
            var key = outline
            key.add(page.digest)
            return key.digest
        }
    }

    private func problem(with link: MarkdownLink, on page: Page, severity: Diagnostic.Severity) -> Diagnostic? {
        var destination = link.destination
        if Self.isExternal(destination) { return nil }
        var fragment: String?
        if let hash = destination.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(destination[destination.index(after: hash)...])
            destination = String(destination[..<hash])
        }
        if let query = destination.utf8.firstIndex(of: UInt8(ascii: "?")) { destination = String(destination[..<query]) }
        let kind = link.isImage ? "image" : "link"
        func report(_ message: String, _ hint: String) -> Diagnostic {
            Diagnostic(file: page.sourcePath, line: link.line, column: link.column, severity: severity, message: message, hint: hint)
        }

        let target: String
        if destination.isEmpty {
            target = page.outputPath.file
        } else {
            let base = destination.hasPrefix("/") ? "" : page.outputPath.url
            // Not `.flatMap(resolve)`: a method as a closure copied the checker for every link.
            guard let normalized = Self.normalize(base + destination), let resolved = resolve(normalized) else {
                return report("\(kind) to '\(link.destination)' goes nowhere: no page or file has that URL",
                              link.isImage ? "put the image beside its page (Content/<section>/<slug>/ with the page as index.md) and write its name, or in Static/" : "pages are at /<section>/<slug>/; check the slug")
            }
            target = resolved
        }
        if let fragment, !fragment.isEmpty, let headings = pagesByFile[target]?.content.headings {
            let id = fragment.removingPercentEncoding ?? fragment
            if !headings.contains(where: { $0.id == id }) {
                let ids = Set(headings.map(\.id))
                return report("\(kind) to '\(link.destination)' names no heading '#\(id)' on that page",
                              "heading ids are made from the heading text: \(ids.sorted().prefix(5).joined(separator: ", "))")
            }
        }
        return nil
    }

    /// The output file a site path points at, trying it as written and under the base path.
    private func resolve(_ path: String) -> String? {
        let candidates = basePath.isEmpty || !path.hasPrefix(basePath + "/") ? [path] : [path, String(path.dropFirst(basePath.count))]
        for candidate in candidates {
            guard let asWritten = Self.plainSegments(candidate) ?? OutputPath(sitePath: candidate)?.components.joined(separator: "/")
            else { continue }
            if !candidate.hasSuffix("/"), files.contains(asWritten) { return asWritten }
            let index = asWritten.isEmpty ? "index.html" : asWritten + "/index.html"
            if files.contains(index) { return index }
        }
        return nil
    }

    /// Applies `.` and `..` segments as a browser does; nil when `..` climbs above the root.
    static func normalize(_ path: String) -> String? {
        if isPlain(path) { return path }
        var segments: [Substring] = []
        for segment in path.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." {
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            } else {
                segments.append(segment)
            }
        }
        let trailing = path.hasSuffix("/") || path.hasSuffix("/.") || path.hasSuffix("/..")
        return "/" + segments.joined(separator: "/") + (trailing && !segments.isEmpty ? "/" : "")
    }

    /// Whether `path` starts with `/` and has no empty segment and none starting with `.`: a
    /// path `normalize` leaves as it is. Most links are; telling so from bytes costs a hundredth
    /// of splitting them into segments.
    static func isPlain(_ path: String) -> Bool {
        path.utf8.withContiguousStorageIfAvailable { bytes in
            guard bytes.first == UInt8(ascii: "/") else { return false }
            for index in bytes.indices.dropFirst()
            where bytes[index - 1] == UInt8(ascii: "/") && (bytes[index] == UInt8(ascii: "/") || bytes[index] == UInt8(ascii: ".")) {
                return false
            }
            return true
        } ?? false
    }

    /// What `OutputPath(sitePath:)` joins its segments into, for a plain path without escapes,
    /// backslashes or control characters: the path without its outer slashes. Nil for the rest.
    static func plainSegments(_ path: String) -> String? {
        guard isPlain(path), !path.containsUTF8Byte(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "\\") || $0 < 0x20 || $0 == 0x7F })
        else { return nil }
        // One slash at each end at most: a plain path has no empty segment.
        let trimmed = path.utf8.dropFirst()
        return String(Substring(trimmed.last == UInt8(ascii: "/") ? trimmed.dropLast() : trimmed))
    }

    /// `https:`, `mailto:`, `//host`: anything with a scheme or a host is not ours to check.
    static func isExternal(_ destination: String) -> Bool {
        if destination.hasPrefix("//") { return true }
        guard let colon = destination.utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
        let scheme = destination.utf8[..<colon]
        // ASCII letters, digits and `+-.` by their bytes; any other character as Unicode says.
        if scheme.allSatisfy({ $0 < 0x80 }) {
            return !scheme.isEmpty && scheme.allSatisfy { byte in
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                    || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
            }
        }
        return destination[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) }
    }
}
