import Foundation

/// Formats dates in the site's language and time zone. Built once per build: format styles are
/// values, safe to share across the threads that render pages.
struct DateDisplay: Sendable {
    let timeZone: TimeZone
    private let long: Date.FormatStyle
    private let iso: Date.ISO8601FormatStyle
    private let monthYear: Date.FormatStyle
    private let calendar: Calendar

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
    func display(_ date: Date) -> String { date.formatted(long) }

    /// `January 2026` / `2026年1月`, as the language writes it.
    func monthTitle(year: Int, month: Int) -> String {
        let date = calendar.date(from: DateComponents(year: year, month: month, day: 15))!
        return date.formatted(monthYear)
    }

    /// RFC 3339 in the site's time zone: `2021-07-29T00:00:00+08:00`.
    func rfc3339(_ date: Date) -> String { date.formatted(iso) }

    /// The local calendar date, which decides a page's archive month.
    func localDay(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year!, parts.month!, parts.day!)
    }

    /// `2021-07-29`: the local calendar date.
    func short(_ date: Date) -> String {
        let day = localDay(date)
        return String(format: "%04d-%02d-%02d", day.year, day.month, day.day)
    }

    /// The value templates get for a date.
    func context(_ date: Date) -> [String: Any] {
        let day = localDay(date)
        return [
            "display": display(date),
            "iso": rfc3339(date),
            "short": short(date),
            "year": String(day.year),
            "month": String(format: "%02d", day.month),
            "day": String(format: "%02d", day.day),
        ]
    }
}
