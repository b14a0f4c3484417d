import Foundation

/// Dated pages grouped by the year and month of their local date in the site's time zone.
public struct DateArchive: Sendable {
    public struct Month: Sendable {
        public var year: Int
        public var month: Int
        /// Newest first.
        public var pages: [Page]
        public var root: OutputPath = .root

        public var outputPath: OutputPath {
            root.appending("archive", String(year), month.zeroPadded(to: 2))
        }
    }

    public struct Year: Sendable {
        public var year: Int
        /// Newest first.
        public var months: [Month]
        public var root: OutputPath = .root

        public var count: Int { months.reduce(0) { $0 + $1.pages.count } }
        public var outputPath: OutputPath { root.appending("archive", String(year)) }
    }

    /// Newest first.
    public var years: [Year]

    public static let outputPath = OutputPath(components: ["archive"])
    /// The folder of the archive's language: the root, or `zh/`.
    public var root: OutputPath = .root
    /// `/archive/` of the archive's language.
    public var outputPath: OutputPath { root.appending("archive") }

    /// Groups `pages` (already in list order) by local year and month.
    public init(pages: [Page], timeZone: TimeZone, root: OutputPath = .root) {
        self.root = root
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
            let month = Month(year: key / 100, month: key % 100, pages: byMonth[key]!, root: root)
            if years.last?.year == month.year {
                years[years.count - 1].months.append(month)
            } else {
                years.append(Year(year: month.year, months: [month], root: root))
            }
        }
        self.years = years
    }
}
