import Foundation

/// Atom 1.0 feeds: `/feed.xml` for every dated page, `/tags/<slug>/feed.xml` for each tag.
/// A feed's `updated` is its newest entry's, never the build time, so output stays deterministic.
struct FeedGenerator: Sendable {
    let site: Site
    let context: ContextBuilder
    /// The `<entry>` of each page that several feeds show (the site's and its tags'), made once:
    /// an entry is the page's whole content, escaped.
    private let entries = EntryMemo()

    /// The site's feed and every tag's: a feed holds its pages' whole content, escaped, so the
    /// tag feeds of a large site are tens of megabytes.
    func jobs() -> [RenderJob] {
        let feeds = feeds()
        let limit = site.config.feedLimit
        var shown: [ObjectIdentifier: Int] = [:]
        for feed in feeds {
            for page in feed.pages.prefix(limit) { shown[ObjectIdentifier(page), default: 0] += 1 }
        }
        entries.keep(Set(shown.filter { $0.value > 1 }.keys))
        return feeds.map { feed in
            RenderJob(feed.path.file, kind: "feed", inputs: feed.title, Array(feed.pages.prefix(limit))) { title, entries in
                render(title: title, entries: entries, path: feed.path, alternate: feed.alternate, source: feed.source)
            }
        }
    }

    /// Each page that a feed shows, once, in the order the feeds show them.
    func shownPages() -> [Page] {
        var seen: Set<ObjectIdentifier> = []
        return feeds().flatMap { $0.pages.prefix(site.config.feedLimit) }.filter { seen.insert(ObjectIdentifier($0)).inserted }
    }

    private func feeds() -> [Feed] {
        [Feed(title: site.config.title, pages: site.datedPages, path: site.root.appending("feed.xml"),
              alternate: site.root, source: "site.yaml")]
            + site.tags.tags.map { tag in
                Feed(title: "\(site.config.title): \(tag.name)", pages: tag.pages.filter { $0.date != nil },
                     path: tag.outputPath.appending("feed.xml"), alternate: tag.outputPath, source: "tag '\(tag.name)'")
            }
    }

    /// One feed to write: its pages newest first, of which the newest `feed_limit` are shown.
    private struct Feed: Sendable {
        var title: String
        var pages: [Page]
        var path: OutputPath
        var alternate: OutputPath
        var source: String
    }

    private func render(title: String, entries: [Page], path: OutputPath, alternate: OutputPath, source: String) -> OutputFile {
        let updated = entries.compactMap { $0.frontMatter.updated ?? $0.date }.max() ?? Date(timeIntervalSince1970: 0)
        let author = site.config.author.isEmpty ? site.config.title : site.config.author
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(escape(site.config.language))" xml:base="\(escape(context.permalink(.root)))">
              <title>\(escape(title))</title>

            """
        if !site.config.description.isEmpty { xml += "  <subtitle>\(escape(site.config.description))</subtitle>\n" }
        xml += """
              <link href="\(escape(context.permalink(path)))" rel="self" type="application/atom+xml"/>
              <link href="\(escape(context.permalink(alternate)))" rel="alternate" type="text/html"/>
              <id>\(escape(context.permalink(path)))</id>
              <updated>\(context.dates.rfc3339(updated))</updated>
              <author><name>\(escape(author))</name></author>
              <generator uri="https://github.com/sitegen/sitegen">sitegen</generator>

            """
        for page in entries { xml += self.entries.entry(page, make: entry) }
        xml += "</feed>\n"
        return OutputFile(path: path.file, text: xml, source: source)
    }

    private func entry(_ page: Page) -> String {
        let permalink = escape(context.permalink(page.outputPath))
        var xml = """
              <entry>
                <title>\(escape(page.title))</title>
                <link href="\(permalink)" rel="alternate" type="text/html"/>
                <id>\(permalink)</id>
                <published>\(context.dates.rfc3339(page.date!))</published>
                <updated>\(context.dates.rfc3339(page.frontMatter.updated ?? page.date!))</updated>

            """
        for tag in page.tags where !Slug.make(tag).isEmpty {
            xml += "    <category term=\"\(escape(Slug.make(tag)))\" label=\"\(escape(tag))\"/>\n"
        }
        if !page.summary.isEmpty { xml += "    <summary>\(escape(page.summary))</summary>\n" }
        xml += "    <content type=\"html\">\(escape(page.content.html))</content>\n  </entry>\n"
        return xml
    }

    /// Escapes for XML and drops the characters XML 1.0 forbids, which HTML tolerates.
    private func escape(_ text: String) -> String {
        XMLText.escape(text)
    }
}

/// The entries of one `renderAll`, shared by the threads that render its feeds. Only pages
/// shown more than once are kept: on a large site nearly every entry is in one feed only, and
/// keeping them all would hold megabytes for nothing.
private final class EntryMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [ObjectIdentifier: String] = [:]
    private var kept: Set<ObjectIdentifier> = []

    func keep(_ pages: Set<ObjectIdentifier>) {
        lock.withLock { kept = pages }
    }

    func entry(_ page: Page, make: (Page) -> String) -> String {
        let id = ObjectIdentifier(page)
        guard lock.withLock({ kept.contains(id) }) else { return make(page) }
        if let made = lock.withLock({ entries[id] }) { return made }
        // Made outside the lock: two threads may both make one, rather than wait on each other.
        let made = make(page)
        lock.withLock { entries[id] = made }
        return made
    }
}
