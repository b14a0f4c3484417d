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

    func renderSection(_ section: Section, _ pager: Pager) -> OutputFile {
        var value = renderer.index(section.index, path: section.outputPath)
        value["name"] = section.name
        value["pages"] = renderer.values(pager.pages)
        let html = renderer.render("section", [
            "section": value,
            "paginator": paginator(pager),
            "meta": context.meta(title: title(section.index.title, pager),
                                 description: section.index.frontMatter?.summary ?? section.index.content?.firstParagraph ?? "",
                                 path: pager.outputPath),
        ])
        return OutputFile(path: pager.outputPath.file, text: html, source: section.index.sourcePath ?? "Content/\(section.name)/")
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
            "meta": context.meta(title: strings.text("tags.title", "Tags"),
                                 description: strings.text("tags.description", "Every tag of {site}, with its number of pages.",
                                                           ["site": site.config.title]),
                                 path: site.tags.outputPath),
        ]), source: "tags")
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
                                 path: pager.outputPath),
        ])
        return OutputFile(path: pager.outputPath.file, text: html, source: "tag '\(tag.name)'")
    }

    /// A year's value lists every month with its pages, so every archive page of a year depends
    /// on all of that year's pages.
    func archiveJobs() -> [RenderJob] {
        let years = site.archive.years
        let archivePath = site.archive.outputPath
        var jobs = [RenderJob(archivePath.file, kind: "archive", inputs: years) { years in
            archiveFile(years.map { yearValue($0) }, path: archivePath, title: context.strings.text("archive.title", "Archive"), level: "all")
        }]
        for year in years {
            jobs.append(RenderJob(year.outputPath.file, kind: "year", inputs: year) { year in
                archiveFile([yearValue(year)], path: year.outputPath, title: String(year.year), level: "year")
            })
            for month in year.months {
                jobs.append(RenderJob(month.outputPath.file, kind: "month", inputs: year, month.month) { year, number in
                    let month = year.months.first { $0.month == number }!
                    return archiveFile([yearValue(year, months: [month])], path: month.outputPath,
                                       title: context.dates.monthTitle(year: month.year, month: month.month), level: "month")
                })
            }
        }
        return jobs
    }

    private func archiveFile(_ years: [[String: Any]], path: OutputPath, title: String, level: String) -> OutputFile {
        let html = renderer.render("archive", [
            "archive": ["title": title, "years": years, "is_\(level)": true, "url": context.url(site.archive.outputPath)],
            "meta": context.meta(title: title, description: context.strings.text("archive.description", "Pages of {site} by date: {title}.",
                                                                                 ["site": site.config.title, "title": title]), path: path),
        ])
        return OutputFile(path: path.file, text: html, source: "archive")
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
