import Foundation

/// Dated pages grouped by the year and month of their local date in the site's time zone.
public struct DateArchive: Sendable {
    public struct Month: Sendable {
        public var year: Int
        public var month: Int
        /// Newest first.
        public var pages: [Page]

        public var outputPath: OutputPath {
            OutputPath(components: ["archive", String(year), month.zeroPadded(to: 2)])
        }
    }

    public struct Year: Sendable {
        public var year: Int
        /// Newest first.
        public var months: [Month]

        public var count: Int { months.reduce(0) { $0 + $1.pages.count } }
        public var outputPath: OutputPath { OutputPath(components: ["archive", String(year)]) }
    }

    /// Newest first.
    public var years: [Year]

    public static let outputPath = OutputPath(components: ["archive"])

    /// Groups `pages` (already in list order) by local year and month.
    public init(pages: [Page], timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var byMonth: [Int: [Page]] = [:]
        for page in pages {
            guard let date = page.date else { continue }
            let parts = calendar.dateComponents([.year, .month], from: date)
            byMonth[parts.year! * 100 + parts.month!, default: []].append(page)
        }
        var years: [Year] = []
        for key in byMonth.keys.sorted(by: >) {
            let month = Month(year: key / 100, month: key % 100, pages: byMonth[key]!)
            if years.last?.year == month.year {
                years[years.count - 1].months.append(month)
            } else {
                years.append(Year(year: month.year, months: [month]))
            }
        }
        self.years = years
    }
}
