import Foundation

/// Renders the paginated lists: section pages, `/tags/` and each tag, and the date archive.
struct ListRenderer: Sendable {
    let pages: PageRenderer
    var site: Site { pages.site }
    var context: ContextBuilder { pages.context }

    /// One job per list page (each renders one output file), in output order: run on all cores.
    func jobs() -> [@Sendable () -> OutputFile] {
        var jobs: [@Sendable () -> OutputFile] = []
        for section in site.sections {
            for pager in Paginator.paginate(section.pages, size: site.config.paginate, base: section.outputPath) {
                var key = key("section", pager)
                key.add(section.name)
                jobs.append { [key = key.digest] in pages.memo.file(pager.outputPath.file, key: key) { renderSection(section, pager) } }
            }
        }
        var tagsKey = pages.key("tags")
        for tag in site.tags.tags {
            tagsKey.add(tag.name)
            tagsKey.add(tag.pages.count)
        }
        jobs.append { [key = tagsKey.digest] in pages.memo.file(TagIndex.outputPath.file, key: key, render: renderTagList) }
        for tag in site.tags.tags {
            for pager in Paginator.paginate(tag.pages, size: site.config.paginate, base: tag.outputPath) {
                var key = key("tag", pager)
                key.add(tag.name)
                key.add(tag.pages.count)
                jobs.append { [key = key.digest] in pages.memo.file(pager.outputPath.file, key: key) { renderTag(tag, pager) } }
            }
        }
        jobs += archiveJobs()
        return jobs
    }

    /// What a page of a list depends on besides the global digest: its place and its pages.
    private func key(_ kind: String, _ pager: Pager) -> ContentDigest.Builder {
        var key = pages.key(kind)
        key.add(pager.number)
        key.add(pager.total)
        key.add(pager.pages)
        return key
    }

    func renderSection(_ section: Section, _ pager: Pager) -> OutputFile {
            var value = pages.index(section.index, path: section.outputPath)
            value["name"] = section.name
            value["pages"] = pages.values(pager.pages)
            let html = pages.render("section", [
                "section": value,
                "paginator": paginator(pager),
                "meta": context.meta(title: title(section.index.title, pager),
                                 description: section.index.frontMatter?.summary ?? section.index.content?.firstParagraph ?? "",
                                 path: pager.outputPath),
            ])
            return OutputFile(path: pager.outputPath.file, text: html, source: section.index.sourcePath ?? "Content/\(section.name)/")
    }

    func renderTagList() -> OutputFile {
        let largest = site.tags.tags.map(\.pages.count).max() ?? 1
        let all = site.tags.tags.map { tag -> [String: Any] in
            var value = tagValue(tag)
            // Five steps on a log scale, so that one very common tag does not flatten the rest.
            value["size"] = largest <= 1 ? 1 : 1 + Int((4 * log(Double(tag.pages.count)) / log(Double(largest))).rounded(.down))
            return value
        }
        return OutputFile(path: TagIndex.outputPath.file, text: pages.render("tags", [
            "tags": all,
            "meta": context.meta(title: "Tags", description: "Every tag of \(site.config.title), with its number of pages.",
                                 path: TagIndex.outputPath),
        ]), source: "tags")
    }

    func renderTag(_ tag: Tag, _ pager: Pager) -> OutputFile {
        let html = pages.render("tag", [
            "tag": tagValue(tag),
            "pages": pages.values(pager.pages),
            "paginator": paginator(pager),
            "meta": context.meta(title: title(tag.name, pager),
                                 description: "\(tag.pages.count) page\(tag.pages.count == 1 ? "" : "s") tagged “\(tag.name)”, newest first.",
                                 path: pager.outputPath),
        ])
        return OutputFile(path: pager.outputPath.file, text: html, source: "tag '\(tag.name)'")
    }

    func archiveJobs() -> [@Sendable () -> OutputFile] {
        // A year's value lists every month with its pages, so every archive page of a year
        // depends on all of that year's pages.
        let years = site.archive.years
        let yearKeys = years.map { year in
            var key = ContentDigest.Builder()
            key.add(year.year)
            for month in year.months {
                key.add(month.month)
                key.add(month.pages)
            }
            return key.digest
        }
        var allKey = pages.key("archive")
        for key in yearKeys { allKey.add(key) }
        var jobs: [@Sendable () -> OutputFile] = [{ [key = allKey.digest] in
            pages.memo.file(DateArchive.outputPath.file, key: key) {
                archiveFile(years.map { yearValue($0) }, path: DateArchive.outputPath, title: "Archive", level: "all")
            }
        }]
        for (year, yearKey) in zip(years, yearKeys) {
            var key = pages.key("year")
            key.add(yearKey)
            jobs.append { [key = key.digest] in
                pages.memo.file(year.outputPath.file, key: key) {
                    archiveFile([yearValue(year)], path: year.outputPath, title: String(year.year), level: "year")
                }
            }
            for month in year.months {
                var key = pages.key("month")
                key.add(yearKey)
                key.add(month.month)
                jobs.append { [key = key.digest] in
                    pages.memo.file(month.outputPath.file, key: key) {
                        archiveFile([yearValue(year, months: [month])], path: month.outputPath,
                                           title: context.dates.monthTitle(year: month.year, month: month.month), level: "month")
                    }
                }
            }
        }
        return jobs
    }

    private func archiveFile(_ years: [[String: Any]], path: OutputPath, title: String, level: String) -> OutputFile {
        let html = pages.render("archive", [
            "archive": ["title": title, "years": years, "is_\(level)": true, "url": context.url(DateArchive.outputPath)],
            "meta": context.meta(title: title, description: "Pages of \(site.config.title) by date: \(title).", path: path),
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
            "pages": pages.values(month.pages),
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
        pager.number == 1 ? title : "\(title) (page \(pager.number) of \(pager.total))"
    }
}
