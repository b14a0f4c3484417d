/// The sites of every language of a site, and which pages are versions of one another: a page
/// and its translations, a list and the same list in another language.
public struct LanguageVersions: Sendable {
    /// The language codes, the default first.
    public var codes: [String]
    /// Each language's published pages, by the original's source path (`Page.translationKey`).
    public var pages: [String: [String: Page]] = [:]
    /// Each language's lists (home, sections, tags, the archive), as paths inside its folder.
    public var lists: [String: Set<OutputPath>] = [:]

    /// `sites`: one for each language, in the order of `site.yaml`, the default first.
    public init(_ sites: [Site], searchPage: Bool = false) {
        codes = sites.map(\.config.language)
        for site in sites {
            let code = site.config.language
            for page in site.ownPages { pages[page.translationKey, default: [:]][code] = page }
            var paths: Set<OutputPath> = [.root, site.tags.outputPath, site.archive.outputPath]
            if searchPage { paths.insert(site.root.appending("search")) }
            paths.formUnion(site.sections.map(\.outputPath))
            paths.formUnion(site.tags.tags.map(\.outputPath))
            for year in site.archive.years {
                paths.insert(year.outputPath)
                paths.formUnion(year.months.map(\.outputPath))
            }
            lists[code] = Set(paths.map { OutputPath(components: Array($0.components.dropFirst(site.root.components.count))) })
        }
    }

    /// Every language's version of `page`, itself included, in the languages' order.
    public func versions(of page: Page) -> [(code: String, path: OutputPath)] {
        let found = pages[page.translationKey] ?? [:]
        return codes.compactMap { code in found[code].map { (code, $0.outputPath) } }
    }

    /// Every language's version of the list at `path` inside the folder `root`.
    public func versions(ofList path: OutputPath, root: OutputPath) -> [(code: String, path: OutputPath)] {
        guard path.components.starts(with: root.components) else { return [] }
        let inside = OutputPath(components: Array(path.components.dropFirst(root.components.count)))
        return codes.enumerated().compactMap { index, code in
            guard lists[code]?.contains(inside) == true else { return nil }
            return (code, OutputPath(components: (index == 0 ? [] : [code]) + inside.components))
        }
    }

    /// What every page shows of the others' versions, for the build's global digest: a new
    /// translation, or one whose title changed, changes its original's page and lists.
    public func add(to digest: inout ContentDigest.Builder) {
        for key in pages.keys.sorted() {
            guard let found = pages[key], found.count > 1 else { continue }
            digest.add(key)
            for code in codes {
                guard let page = found[code] else { continue }
                digest.add(code)
                digest.add(page.title)
                digest.add(page.outputPath.file)
            }
        }
        for code in codes {
            digest.add(code)
            for path in (lists[code] ?? []).sorted() { digest.add(path.file) }
        }
    }
}
