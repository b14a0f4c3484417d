import Foundation

/// `sitemap.xml` (sitemaps.org 0.9): every HTML page of the site, with `lastmod` where a date is known.
enum SitemapGenerator {
    struct Entry: Sendable {
        var path: OutputPath
        var lastModified: Date?
        /// Every language's version, this one's included, when there are others.
        var alternates: [(code: String, path: OutputPath)] = []
    }

    static let outputPath = "sitemap.xml"

    /// The sitemap of `entries`; an edit of a page's text leaves them as they were.
    static func job(_ entries: [Entry], context: ContextBuilder) -> RenderJob {
        RenderJob(outputPath, kind: "sitemap", inputs: entries) { render($0, context: context) }
    }

    static func render(_ entries: [Entry], context: ContextBuilder) -> OutputFile {
        // The XHTML namespace only for a site with languages: one without keeps its sitemap as it was.
        let languages = entries.contains { !$0.alternates.isEmpty }
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"\(languages ? " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"" : "")>

            """
        let sorted = entries.sorted(by: { $0.path < $1.path })
        // In runs on all cores: one core alone is noticeably slow on a large site.
        let run = 4_096
        xml += Array(stride(from: 0, to: sorted.count, by: run)).concurrentMap { start in
            var xml = ""
            for entry in sorted[start..<min(start + run, sorted.count)] {
                xml += "  <url>\n    <loc>\(XMLText.escape(context.permalink(entry.path)))</loc>\n"
                if let date = entry.lastModified {
                    xml += "    <lastmod>\(context.dates.rfc3339(date))</lastmod>\n"
                }
                for alternate in entry.alternates {
                    xml += "    <xhtml:link rel=\"alternate\" hreflang=\"\(XMLText.escape(alternate.code))\" href=\"\(XMLText.escape(context.permalink(alternate.path)))\"/>\n"
                }
                xml += "  </url>\n"
            }
            return xml
        }.joined()
        xml += "</urlset>\n"
        return OutputFile(path: outputPath, text: xml, source: "site.yaml")
    }

    /// The newest date among `pages`, for an index page's `lastmod`.
    static func newest(_ pages: [Page]) -> Date? {
        pages.compactMap { $0.frontMatter.updated ?? $0.date }.max()
    }
}

extension SitemapGenerator {
    /// Home, sections, pages, tags and the archive, each dated by its newest page.
    /// `versions`: of a site with languages, whose entries name their other languages' versions.
    static func entries(_ site: Site, searchPage: Bool = false, versions: LanguageVersions? = nil) -> [Entry] {
        let root = site.root
        var entries = [SitemapGenerator.Entry(path: root, lastModified: SitemapGenerator.newest(site.pages))]
        entries += site.sections.map { .init(path: $0.outputPath, lastModified: SitemapGenerator.newest($0.pages)) }
        entries += site.ownPages.map { .init(path: $0.outputPath, lastModified: $0.frontMatter.updated ?? $0.date) }
        entries.append(.init(path: site.tags.outputPath, lastModified: SitemapGenerator.newest(site.pages)))
        entries += site.tags.tags.map { .init(path: $0.outputPath, lastModified: SitemapGenerator.newest($0.pages)) }
        entries.append(.init(path: site.archive.outputPath, lastModified: SitemapGenerator.newest(site.pages)))
        for year in site.archive.years {
            entries.append(.init(path: year.outputPath, lastModified: SitemapGenerator.newest(year.months.flatMap(\.pages))))
            entries += year.months.map { .init(path: $0.outputPath, lastModified: SitemapGenerator.newest($0.pages)) }
        }
        if searchPage { entries.append(.init(path: root.appending(contentsOf: SearchPageRenderer.outputPath), lastModified: nil)) }
        guard let versions else { return entries }
        let pages = Dictionary(site.ownPages.map { ($0.outputPath, $0) }) { first, _ in first }
        return entries.map { entry in
            var entry = entry
            let found = pages[entry.path].map { versions.versions(of: $0) } ?? versions.versions(ofList: entry.path, root: root)
            if found.count > 1 { entry.alternates = found }
            return entry
        }
    }
}
