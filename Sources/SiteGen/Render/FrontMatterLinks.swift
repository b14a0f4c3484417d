/// Links written in front matter, which templates put into `href` and `src` as they are: the
/// home page's timeline `url`, a source's `url`, a page's `image`. They are held to the rule of
/// links written in Markdown (`LinkChecker.isSafeDestination`), so that `url: javascript:…`
/// becomes an error at its key rather than a link that runs script when clicked.
enum FrontMatterLinks {
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
            if isLinkKey(key), !LinkChecker.isSafeDestination(text) {
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

    /// An error for each unsafe link in the front matter of the site's pages and of its home and
    /// section indexes, at the key (or the list item) it was written under.
    static func problems(in site: Site) -> [Diagnostic] {
        var sources: [(file: String, matter: FrontMatter)] = site.pages.map { ($0.sourcePath, $0.frontMatter) }
        for index in [site.home] + site.sections.map(\.index) {
            if let file = index.sourcePath, let matter = index.frontMatter { sources.append((file, matter)) }
        }
        return sources.flatMap { file, matter in
            unsafeLinks(in: matter.params).map { link in
                let position = link.item.flatMap { matter.position(of: link.topKey, item: $0) } ?? matter.positions[link.topKey]
                return diagnostic(link, file: file, line: position?.line, column: position?.column)
            }
        }
    }

    static func diagnostic(_ link: Found, file: String, line: Int?, column: Int?) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column,
                   message: "'\(link.keyPath)' is '\(link.value)', a link with a scheme other than http, https or mailto",
                   hint: "write a web address (https://…), a mailto: address, or a path within the site (/articles/x/)")
    }
}
