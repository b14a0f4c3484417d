/// URLs that two things of the site would both be written to: two pages, a page and a section,
/// or either and a list sitegen makes itself.
extension Site {
    /// One problem for each page or section whose URL something else has already, naming both;
    /// at the page's `slug` when the page sets one. `searchPage`: the theme makes `/search/`.
    public func urlCollisions(searchPage: Bool) -> [Diagnostic] {
        var claims: [OutputPath: Claim] = [:]
        var diagnostics: [Diagnostic] = []
        func claim(_ path: OutputPath, _ claimant: Claim) {
            if let holder = claims[path] {
                diagnostics.append(Self.collision(path, holder, claimant))
            } else {
                claims[path] = claimant
            }
        }
        claim(tags.outputPath, .list("the list of tags"))
        for tag in tags.tags { claim(tag.outputPath, .list("the page of tag '\(tag.name)'")) }
        claim(archive.outputPath, .list("the date archive"))
        for year in archive.years { claim(year.outputPath, .list("the archive of \(year.year)")) }
        if searchPage { claim(root.appending("search"), .list("the search page")) }
        if root != .root { claim(root.appending("404.html"), .list("the language's page for missing addresses")) }
        for section in sections {
            let file = section.index.sourcePath ?? section.pages.first.map { Self.folder(of: $0.sourcePath) } ?? "Content/\(section.name)/"
            claim(section.outputPath, .section(section.name, file: file))
        }
        for page in ownPages { claim(page.outputPath, .page(page)) }
        return diagnostics
    }

    /// What would write a URL.
    enum Claim {
        case list(String)
        case section(String, file: String)
        case page(Page)

        var file: String? {
            switch self {
            case .list: nil
            case .section(_, let file): file
            case .page(let page): page.sourcePath
            }
        }

        var name: String {
            switch self {
            case .list(let name): name
            case .section(let name, let file): "the section '\(name)' (\(file))"
            case .page(let page): page.sourcePath
            }
        }

        /// Where the page set the slug that makes its URL, if it set one.
        var slugPosition: SourcePosition? {
            guard case .page(let page) = self, page.frontMatter.slug != nil else { return nil }
            return page.frontMatter.positions["slug"]
        }
    }

    /// Reported at the claimant that set its URL with a slug (the later one in list order when
    /// both or neither did), naming the other.
    private static func collision(_ path: OutputPath, _ holder: Claim, _ claimant: Claim) -> Diagnostic {
        let url = "/" + path.components.joined(separator: "/") + "/"
        let (cause, other) = holder.slugPosition != nil && claimant.slugPosition == nil && holder.file != nil
            ? (holder, claimant) : (claimant, holder)
        let message = other.file == nil
            ? "\(cause.name) would write \(url), where sitegen writes \(other.name)"
            : "\(cause.name) and \(other.name) would both write \(url)"
        let hint = if case .section = cause { "rename the section's folder" } else { "give the page another slug or file name" }
        return Diagnostic(file: cause.file ?? other.file ?? url, line: cause.slugPosition?.line, column: cause.slugPosition?.column,
                          message: message, hint: hint)
    }

    /// `Content/articles/` of `Content/articles/x.md`.
    private static func folder(of path: String) -> String {
        String(path[...(path.lastIndex(of: "/") ?? path.startIndex)])
    }
}
