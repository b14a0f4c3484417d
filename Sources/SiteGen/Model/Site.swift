import Foundation

/// Everything a build renders: settings, the published pages in list order, and the indexes
/// built over them (sections, tags, the date archive).
public struct Site: Sendable {
    /// The pages just before and after a page in its section's list.
    public struct Neighbours: Sendable {
        public var newer: Page?
        public var older: Page?
    }

    public var config: SiteConfig
    /// Every published page, newest first.
    public var pages: [Page]
    /// Sections sorted by name.
    public var sections: [Section]
    /// Title and intro of the home page.
    public var home: SectionIndex
    public var tags: TagIndex
    public var archive: DateArchive
    /// Neighbours of each page in its section, by source path.
    public var neighbours: [String: Neighbours] = [:]
    /// Pages left out because they are dated after the build's `now`.
    public var futurePages: [Page] = []
    /// What loading the content left out without stopping the build, to be shown with its notes.
    public var warnings: [Diagnostic] = []

    /// Pages with a date, newest first: what the home page, feeds and archives list.
    public var datedPages: [Page] { pages.filter { $0.date != nil } }

    /// Leaves drafts out unless `includeDrafts` and pages dated after `now` unless `now` is nil,
    /// sorts, and builds the indexes.
    public init(config: SiteConfig, pages: [Page], indexes: [String: SectionIndex], includeDrafts: Bool, now: Date? = nil) {
        self.config = config
        let published = Page.inListOrder(pages.filter { includeDrafts || !$0.isDraft })
        if let now {
            self.pages = published.filter { ($0.date ?? now) <= now }
            self.futurePages = published.filter { ($0.date ?? now) > now }
        } else {
            self.pages = published
        }
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
        for section in sections {
            for (index, page) in section.pages.enumerated() {
                neighbours[page.sourcePath] = Neighbours(
                    newer: index > 0 ? section.pages[index - 1] : nil,
                    older: index + 1 < section.pages.count ? section.pages[index + 1] : nil)
            }
        }
        self.tags = TagIndex(pages: self.pages)
        self.archive = DateArchive(pages: self.pages, timeZone: config.timeZone)
    }
}
