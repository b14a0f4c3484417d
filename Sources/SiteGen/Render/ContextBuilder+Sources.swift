import Foundation

extension ContextBuilder {
    /// `page.sources`: `[{number, title, publisher, author, date, datetime, url, quote}]`,
    /// numbered from 1 as the page lists them; `date` as other dates are shown, `datetime` as
    /// `YYYY-MM-DD`; keys without a value left out.
    func sources(_ sources: [SourceCitation]) -> [[String: Any]] {
        sources.enumerated().map { index, source in
            var value: [String: Any] = ["number": index + 1, "title": source.title]
            value["publisher"] = source.publisher
            value["author"] = source.author
            value["url"] = source.url
            value["quote"] = source.quote
            if let date = source.date {
                value["date"] = dates.display(date)
                value["datetime"] = dates.short(date)
            }
            return value
        }
    }

    /// `page.period`: `{text, from, to}`, `text` as a reader reads it ("2019", "2019–2021",
    /// "since 2019", a day as other dates are shown), `from` and `to` as `YYYY` or `YYYY-MM-DD`
    /// for `<time datetime>`; no `to` while the period is open.
    func period(_ period: Period?) -> [String: Any]? {
        guard let period else { return nil }
        var value: [String: Any] = ["text": periodText(period), "from": period.from.iso]
        value["to"] = period.to?.iso
        return value
    }

    func periodText(_ period: Period) -> String {
        let from = boundText(period.from)
        guard let to = period.to else {
            return (strings.strings["page.since"] ?? "since {from}").replacingOccurrences(of: "{from}", with: from)
        }
        if period.isSingle || to == period.from { return from }
        // Spaced when either end has spaces of its own: "29 July – 2 August 2021" reads better so.
        let toText = boundText(to)
        let spaced = from.contains(" ") || toText.contains(" ")
        return spaced ? "\(from) – \(toText)" : "\(from)–\(toText)"
    }

    private func boundText(_ bound: Period.Bound) -> String {
        switch bound {
        case .year(let year):
            return (strings.strings["page.year"] ?? "{year}").replacingOccurrences(of: "{year}", with: String(year))
        case .day(let year, let month, let day):
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = dates.timeZone
            guard let date = calendar.date(from: DateComponents(year: year, month: month, day: day)) else { return bound.iso }
            return dates.display(date)
        }
    }

    /// ISO 8601 for JSON-LD's `temporalCoverage`: `2019`, `2019/2021`, `2019/..` for an open period.
    static func temporalCoverage(_ period: Period) -> String {
        guard let to = period.to else { return "\(period.from.iso)/.." }
        return period.isSingle || to == period.from ? period.from.iso : "\(period.from.iso)/\(to.iso)"
    }
}

extension ContextBuilder {
    /// `page.facts` with each fact's source: `source: {number, title}` for a fact that names one
    /// of `sources` (`{value: 1500, source: 2}`), for a link to that entry of the page's numbered
    /// Sources block; absent for a fact that names none.
    func facts(_ value: FrontMatterValue?, sources: [SourceCitation]) -> [[String: Any]] {
        var facts = facts(value)
        guard !sources.isEmpty, case .map(let entries)? = value else { return facts }
        // The same facts, in the same order, as `facts(_:)` shows.
        for (index, fact) in entries.compactMap({ Fact($0.value) }).enumerated() {
            guard let number = fact.source, sources.indices.contains(number - 1) else { continue }
            facts[index]["source"] = ["number": number, "title": sources[number - 1].title] as [String: Any]
        }
        return facts
    }
}
