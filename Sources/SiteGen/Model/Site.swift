import Foundation

/// Everything a build renders: settings, the published pages in list order, and their sections.
public struct Site: Sendable {
    public var config: SiteConfig
    /// Every published page, newest first.
    public var pages: [Page]
    /// Sections sorted by name.
    public var sections: [Section]
    /// Title and intro of the home page.
    public var home: SectionIndex

    /// Pages with a date, newest first: what the home page, feeds and archives list.
    public var datedPages: [Page] { pages.filter { $0.date != nil } }

    /// Leaves drafts out unless `includeDrafts`, sorts, and groups pages into their sections.
    public init(config: SiteConfig, pages: [Page], indexes: [String: SectionIndex], includeDrafts: Bool) {
        self.config = config
        self.pages = pages.filter { includeDrafts || !$0.isDraft }.sorted(by: Page.listOrder)
        self.home = indexes[""] ?? SectionIndex(sourcePath: nil, title: config.title)

        var bySection: [String: [Page]] = [:]
        for page in self.pages {
            if let section = page.section { bySection[section, default: []].append(page) }
        }
        let names = Set(bySection.keys).union(indexes.keys.filter { !$0.isEmpty })
        self.sections = names.sorted().map { name in
            Section(name: name,
                    index: indexes[name] ?? SectionIndex(sourcePath: nil, title: name.capitalized),
                    pages: bySection[name] ?? [])
        }
    }
}
