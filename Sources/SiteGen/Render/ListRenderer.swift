import Foundation

/// Renders the paginated lists: section pages, `/tags/` and each tag, and the date archive.
struct ListRenderer: Sendable {
    let renderer: PageRenderer
    var site: Site { renderer.site }
    var context: ContextBuilder { renderer.context }

    /// One job per list page, in output order.
    func jobs() -> [RenderJob] {
        var jobs: [RenderJob] = []
        for section in site.sections {
            for pager in Paginator.paginate(section.pages, size: site.config.paginate, base: section.outputPath) {
                jobs.append(RenderJob(pager.outputPath.file, kind: "section", inputs: section.name, pager) { _, pager in
                    renderSection(section, pager)
                })
            }
        }
        jobs.append(RenderJob(site.tags.outputPath.file, kind: "tags", inputs: site.tags.tags, render: renderTagList))
        for tag in site.tags.tags {
            for pager in Paginator.paginate(tag.pages, size: site.config.paginate, base: tag.outputPath) {
                jobs.append(RenderJob(pager.outputPath.file, kind: "tag", inputs: tag, pager, render: renderTag))
            }
        }
        return jobs + archiveJobs()
    }

    /// The drawn social card of every list: each section, the list of tags and each tag, the
    /// archive and each year and month; none when the site makes no cards.
    func cards() -> [SocialCard] {
        var cards = site.sections.map(sectionCard)
        cards.append(tagsCard)
        cards += site.tags.tags.map(tagCard)
        let years = site.archive.years
        cards.append(context.listCard(site.archive.outputPath, title: archiveTitle, source: Self.archiveSource))
        for year in years {
            cards.append(context.listCard(year.outputPath, title: String(year.year), source: Self.archiveSource))
            cards += year.months.map { context.listCard($0.outputPath, title: monthTitle($0), source: Self.archiveSource) }
        }
        return cards.compactMap { $0 }
    }

    private func sectionCard(_ section: Section) -> SocialCard? {
        context.listCard(section.outputPath, title: section.index.title, source: sectionSource(section))
    }

    private var tagsCard: SocialCard? {
        context.listCard(site.tags.outputPath, title: tagsTitle, source: Self.tagsSource)
    }

    private func tagCard(_ tag: Tag) -> SocialCard? {
        context.listCard(tag.outputPath, title: tag.name, source: tagSource(tag))
    }

    private func sectionSource(_ section: Section) -> String { section.index.sourcePath ?? "Content/\(section.name)/" }
    private static let tagsSource = "tags"
    private func tagSource(_ tag: Tag) -> String { "tag '\(tag.name)'" }
    private static let archiveSource = "archive"
    private var tagsTitle: String { context.strings.text("tags.title", "Tags") }
    private var archiveTitle: String { context.strings.text("archive.title", "Archive") }
    private func monthTitle(_ month: DateArchive.Month) -> String { context.dates.monthTitle(year: month.year, month: month.month) }

    func renderSection(_ section: Section, _ pager: Pager) -> OutputFile {
        var value = renderer.index(section.index, path: section.outputPath)
        value["name"] = section.name
        value["pages"] = renderer.values(pager.pages)
        let html = renderer.render("section", [
            "section": value,
            "paginator": paginator(pager),
            "meta": context.meta(title: title(section.index.title, pager),
                                 description: section.index.frontMatter?.summary ?? section.index.content?.firstParagraph ?? "",
                                 path: pager.outputPath, card: sectionCard(section)),
        ])
        return OutputFile(path: pager.outputPath.file, text: html, source: sectionSource(section))
    }

    func renderTagList(_ tags: [Tag]) -> OutputFile {
        let largest = tags.map(\.pages.count).max() ?? 1
        let all = tags.map { tag -> [String: Any] in
            var value = tagValue(tag)
            // Five steps on a log scale, so that one very common tag does not flatten the rest.
            value["size"] = largest <= 1 ? 1 : 1 + Int((4 * log(Double(tag.pages.count)) / log(Double(largest))).rounded(.down))
            return value
        }
        let strings = context.strings
        return OutputFile(path: site.tags.outputPath.file, text: renderer.render("tags", [
            "tags": all,
            "meta": context.meta(title: tagsTitle,
                                 description: strings.text("tags.description", "Every tag of {site}, with its number of pages.",
                                                           ["site": site.config.title]),
                                 path: site.tags.outputPath, card: tagsCard),
        ]), source: Self.tagsSource)
    }

    func renderTag(_ tag: Tag, _ pager: Pager) -> OutputFile {
        let html = renderer.render("tag", [
            "tag": tagValue(tag),
            "pages": renderer.values(pager.pages),
            "paginator": paginator(pager),
            "meta": context.meta(title: title(tag.name, pager),
                                 description: tag.pages.count == 1
                                    ? context.strings.text("tag.description_one", "1 page tagged “{tag}”, newest first.", ["tag": tag.name])
                                    : context.strings.text("tag.description_other", "{count} pages tagged “{tag}”, newest first.",
                                                           ["tag": tag.name, "count": String(tag.pages.count)]),
                                 path: pager.outputPath, card: tagCard(tag)),
        ])
        return OutputFile(path: pager.outputPath.file, text: html, source: tagSource(tag))
    }

    /// A year's value lists every month with its pages, so every archive page of a year depends
    /// on all of that year's pages.
    func archiveJobs() -> [RenderJob] {
        let years = site.archive.years
        let archivePath = site.archive.outputPath
        var jobs = [RenderJob(archivePath.file, kind: "archive", inputs: years) { years in
            archiveFile(years.map { yearValue($0) }, path: archivePath, title: archiveTitle, level: "all")
        }]
        for year in years {
            jobs.append(RenderJob(year.outputPath.file, kind: "year", inputs: year) { year in
                archiveFile([yearValue(year)], path: year.outputPath, title: String(year.year), level: "year")
            })
            for month in year.months {
                jobs.append(RenderJob(month.outputPath.file, kind: "month", inputs: year, month.month) { year, number in
                    let month = year.months.first { $0.month == number }!
                    return archiveFile([yearValue(year, months: [month])], path: month.outputPath,
                                       title: monthTitle(month), level: "month")
                })
            }
        }
        return jobs
    }

    private func archiveFile(_ years: [[String: Any]], path: OutputPath, title: String, level: String) -> OutputFile {
        let html = renderer.render("archive", [
            "archive": ["title": title, "years": years, "is_\(level)": true, "url": context.url(site.archive.outputPath)],
            "meta": context.meta(title: title, description: context.strings.text("archive.description", "Pages of {site} by date: {title}.",
                                                                                 ["site": site.config.title, "title": title]), path: path,
                                 card: context.listCard(path, title: title, source: Self.archiveSource)),
        ])
        return OutputFile(path: path.file, text: html, source: Self.archiveSource)
    }

    /// A year with `months`, all of them unless a month's page shows only its own.
    private func yearValue(_ year: DateArchive.Year, months: [DateArchive.Month]? = nil) -> [String: Any] {
        ["year": String(year.year), "url": context.url(year.outputPath), "count": year.count,
         "months": (months ?? year.months).map(monthValue)]
    }

    private func monthValue(_ month: DateArchive.Month) -> [String: Any] {
        [
            "title": context.dates.monthTitle(year: month.year, month: month.month),
            "month": month.month.zeroPadded(to: 2),
            "url": context.url(month.outputPath),
            "count": month.pages.count,
            "pages": renderer.values(month.pages),
        ]
    }

    private func tagValue(_ tag: Tag) -> [String: Any] {
        [
            "name": tag.name, "slug": tag.slug, "count": tag.pages.count,
            "url": context.url(tag.outputPath),
            "feed_url": context.url(tag.outputPath.appending("feed.xml")),
        ]
    }

    /// Previous/next links and numbered links (with gaps) for a list split over several pages.
    func paginator(_ pager: Pager) -> [String: Any] {
        let links: [[String: Any]] = pager.linkedNumbers.map { number in
            guard let number else { return ["gap": true] }
            return ["number": number, "url": context.url(Pager.path(base: pager.base, number: number)), "current": number == pager.number]
        }
        var value: [String: Any] = [
            "number": pager.number,
            "total": pager.total,
            "paged": pager.total > 1,
            "links": links,
        ]
        if pager.number > 1 { value["prev_url"] = context.url(Pager.path(base: pager.base, number: pager.number - 1)) }
        if pager.number < pager.total { value["next_url"] = context.url(Pager.path(base: pager.base, number: pager.number + 1)) }
        return value
    }

    private func title(_ title: String, _ pager: Pager) -> String {
        pager.number == 1 ? title : context.strings.text("list.page_of", "{title} (page {number} of {total})",
                                                         ["title": title, "number": String(pager.number), "total": String(pager.total)])
    }
}
