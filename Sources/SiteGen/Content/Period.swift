import Foundation

/// When what a page tells of happened, apart from when the page was written (`date`):
///
/// - `period: 2019`: one year;
/// - `period: 2021-07-29`: one day;
/// - `period: 2019-2021` (or `2021-07-29 - 2021-08-02`): from one to the other, both included;
/// - `period: 2019-`: from then on, with no end given.
///
/// Each end is a year (`YYYY`) or a day (`YYYY-MM-DD`); a hyphen or an en dash stands between
/// them, with or without spaces.
public struct Period: Sendable, Equatable {
    /// One end of a period.
    public enum Bound: Sendable, Equatable {
        case year(Int)
        case day(year: Int, month: Int, day: Int)

        /// `2019`, `2021-07-29`: what HTML's `datetime` and ISO 8601 read.
        public var iso: String {
            switch self {
            case .year(let year): year.zeroPadded(to: 4)
            case .day(let year, let month, let day): "\(year.zeroPadded(to: 4))-\(month.zeroPadded(to: 2))-\(day.zeroPadded(to: 2))"
            }
        }

        var year: Int {
            switch self {
            case .year(let year), .day(let year, _, _): year
            }
        }
    }

    public var from: Bound
    /// Nil for a period still open (`2019-`).
    public var to: Bound?
    /// Whether it was written as one year or day rather than as a range.
    public var isSingle: Bool

    public init(from: Bound, to: Bound?, isSingle: Bool = false) {
        self.from = from
        self.to = to
        self.isSingle = isSingle
    }

    static let hint = "write a year (2019), a day (2021-07-29), a range (2019-2021) or a range with no end yet (2019-)"

    /// Parses what an author writes; nil when it is none of the forms above.
    public static func parse(_ text: String) -> Period? {
        var rest = Substring(text.trimmingWhitespace)
        guard let from = bound(&rest) else { return nil }
        rest = rest.drop { $0 == " " }
        if rest.isEmpty { return Period(from: from, to: from, isSingle: true) }
        guard rest.first == "-" || rest.first == "–" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " }
        if rest.isEmpty { return Period(from: from, to: nil) }
        guard let to = bound(&rest), rest.isEmpty else { return nil }
        return Period(from: from, to: to)
    }

    /// Whether the end comes before the start; a year and a day within it overlap, so either
    /// may end a period the other starts.
    public var endsBeforeItStarts: Bool {
        guard let to else { return false }
        switch (from, to) {
        case (.day, .day): return to.iso < from.iso
        default: return to.year < from.year
        }
    }

    /// A day (`YYYY-MM-DD`, a real one) or a year (`YYYY`) at the start of `text`, taken off it.
    private static func bound(_ text: inout Substring) -> Bound? {
        let bytes = Array(text.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ (48...57).contains($0) }) else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - 48) }
        }
        guard let year = digits(0..<4) else { return nil }
        if bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
           let month = digits(5..<7), let day = digits(8..<10) {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0)!
            guard (1...12).contains(month),
                  let days = calendar.date(from: DateComponents(year: year, month: month)).flatMap({ calendar.range(of: .day, in: .month, for: $0) }),
                  days.contains(day) else { return nil }
            text = text.dropFirst(10)
            return .day(year: year, month: month, day: day)
        }
        // `2019-07` is neither a year followed by a range nor a day.
        if bytes.count > 4, (48...57).contains(bytes[4]) { return nil }
        text = text.dropFirst(4)
        return .year(year)
    }
}
