extension FrontMatterLinks {
    /// An error for each unsafe link in the front matter of the site's pages and of its home and
    /// section indexes, at the key (or the list item) it was written under.
    static func problems(in site: Site) -> [Diagnostic] {
        var sources: [(file: String, matter: FrontMatter)] = site.ownPages.map { ($0.sourcePath, $0.frontMatter) }
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
}
