import Foundation

/// Formats dates in the site's language and time zone. Built once per build: format styles are
/// values, safe to share across the threads that render pages.
struct DateDisplay: Sendable {
    let timeZone: TimeZone
    private let long: Date.FormatStyle
    private let iso: Date.ISO8601FormatStyle
    private let monthYear: Date.FormatStyle
    private let calendar: Calendar
    /// Each date's texts, made once: formatting is ICU's work and costly, and a site's pages share
    /// their dates, which its lists, feeds and JSON-LD show again.
    private let memo = Memo()

    init(language: String, timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        long = Date.FormatStyle(date: .long, time: .omitted, locale: Locale(identifier: language),
                                calendar: calendar, timeZone: timeZone)
        monthYear = Date.FormatStyle(date: .omitted, time: .omitted, locale: Locale(identifier: language),
                                     calendar: calendar, timeZone: timeZone).year().month(.wide)
        iso = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: timeZone)
    }

    /// `29 July 2021` / `July 29, 2021` / `2021年7月29日`, as the language writes it.
    func display(_ date: Date) -> String { texts(date).display }

    /// `January 2026` / `2026年1月`, as the language writes it.
    func monthTitle(year: Int, month: Int) -> String {
        if let known = memo.lock.withLock({ memo.monthTitles[year * 100 + month] }) { return known }
        let date = calendar.date(from: DateComponents(year: year, month: month, day: 15))!
        let title = date.formatted(monthYear)
        memo.lock.withLock { memo.monthTitles[year * 100 + month] = title }
        return title
    }

    /// RFC 3339 in the site's time zone: `2021-07-29T00:00:00+08:00`.
    func rfc3339(_ date: Date) -> String { texts(date).iso }

    /// The local calendar date, which decides a page's archive month.
    func localDay(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year!, parts.month!, parts.day!)
    }

    /// `2021-07-29`: the local calendar date.
    func short(_ date: Date) -> String { texts(date).short }

    /// The value templates get for a date.
    func context(_ date: Date) -> [String: Any] { texts(date).context }

    private struct Texts {
        var display: String
        var iso: String
        var short: String
        var context: [String: Any]
    }

    private func texts(_ date: Date) -> Texts {
        if let known = memo.lock.withLock({ memo.texts[date] }) { return known }
        let day = localDay(date)
        let (year, month, dayOfMonth) = (day.year.zeroPadded(to: 4), day.month.zeroPadded(to: 2), day.day.zeroPadded(to: 2))
        let display = date.formatted(long), iso = date.formatted(self.iso), short = "\(year)-\(month)-\(dayOfMonth)"
        let texts = Texts(display: display, iso: iso, short: short, context: [
            "display": display, "iso": iso, "short": short, "year": String(day.year), "month": month, "day": dayOfMonth,
        ])
        memo.lock.withLock { memo.texts[date] = texts }
        return texts
    }

    private final class Memo: @unchecked Sendable {
        let lock = NSLock()
        var texts: [Date: Texts] = [:]
        /// By `year * 100 + month`.
        var monthTitles: [Int: String] = [:]
    }
}
