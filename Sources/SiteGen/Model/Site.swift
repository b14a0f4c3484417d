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
    /// Every published page, newest first: the language's own, and, when the settings list
    /// them, the pages without a translation into it.
    public var pages: [Page]
    /// The published pages in the site's language, which it renders: `pages` unless it lists
    /// untranslated pages.
    public var ownPages: [Page]
    /// The folder of the language: the root, or `zh/`.
    public var root: OutputPath { config.languageRoot }
    /// `Page.language` of the pages in the site's language: nil for the default language.
    public var ownLanguage: String? { config.languageRoot == .root ? nil : config.language }
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
    /// `untranslated`: published pages of another language to list beside the language's own.
    public init(config: SiteConfig, pages: [Page], indexes: [String: SectionIndex], includeDrafts: Bool, now: Date? = nil,
                untranslated: [Page] = []) {
        self.config = config
        let root = config.languageRoot
        let published = Page.inListOrder(pages.filter { includeDrafts || !$0.isDraft })
        if let now {
            self.ownPages = published.filter { ($0.date ?? now) <= now }
            self.futurePages = published.filter { ($0.date ?? now) > now }
        } else {
            self.ownPages = published
        }
        self.pages = untranslated.isEmpty ? ownPages : Page.inListOrder(ownPages + untranslated)
        self.home = indexes[""] ?? SectionIndex(sourcePath: nil, title: config.title)

        var bySection: [String: [Page]] = [:]
        for page in self.pages {
            if let section = page.section { bySection[section, default: []].append(page) }
        }
        let names = Set(bySection.keys).union(indexes.keys.filter { !$0.isEmpty })
        self.sections = names.sorted().map { name in
            Section(name: name,
                    index: indexes[name] ?? SectionIndex(sourcePath: nil, title: name.capitalized),
                    pages: bySection[name] ?? [], root: root)
        }
        for section in sections {
            for (index, page) in section.pages.enumerated() {
                neighbours[page.sourcePath] = Neighbours(
                    newer: index > 0 ? section.pages[index - 1] : nil,
                    older: index + 1 < section.pages.count ? section.pages[index + 1] : nil)
            }
        }
        self.tags = TagIndex(pages: self.pages, displayNames: config.currentLanguage?.tagNames ?? [:], root: root)
        self.archive = DateArchive(pages: self.pages, timeZone: config.timeZone, root: root)
    }
}
