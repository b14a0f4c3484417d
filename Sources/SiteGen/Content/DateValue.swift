import Foundation

/// Parses the dates authors write: `YYYY-MM-DD` (midnight in the site's time zone), or ISO 8601
/// with a time and an optional offset (`2026-01-05T20:30:00+08:00`, `...Z`).
enum DateValue {
    static let hint = "use YYYY-MM-DD, or YYYY-MM-DDTHH:MM:SS+08:00 with a time"

    static func parse(_ text: String, timeZone: TimeZone) -> Date? {
        let chars = Array(text.trimmingWhitespace.utf8)
        var cursor = 0

        func number(_ digits: Int) -> Int? {
            guard cursor + digits <= chars.count else { return nil }
            var value = 0
            for byte in chars[cursor..<cursor + digits] {
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            cursor += digits
            return value
        }
        func take(_ byte: UInt8) -> Bool {
            guard cursor < chars.count, chars[cursor] == byte else { return false }
            cursor += 1
            return true
        }

        guard let year = number(4), take(UInt8(ascii: "-")), let month = number(2),
              take(UInt8(ascii: "-")), let day = number(2) else { return nil }
        var components = DateComponents(year: year, month: month, day: day, hour: 0, minute: 0, second: 0)
        var zone = timeZone

        if cursor < chars.count {
            guard take(UInt8(ascii: "T")) || take(UInt8(ascii: " ")),
                  let hour = number(2), take(UInt8(ascii: ":")), let minute = number(2) else { return nil }
            components.hour = hour
            components.minute = minute
            if take(UInt8(ascii: ":")) {
                guard let second = number(2) else { return nil }
                components.second = second
                if take(UInt8(ascii: ".")) {
                    var nanos = 0, scale = 100_000_000, sawDigit = false
                    while cursor < chars.count, chars[cursor] >= 48, chars[cursor] <= 57 {
                        nanos += Int(chars[cursor] - 48) * scale
                        scale /= 10
                        cursor += 1
                        sawDigit = true
                    }
                    guard sawDigit else { return nil }
                    components.nanosecond = nanos
                }
            }
            if take(UInt8(ascii: "Z")) || take(UInt8(ascii: "z")) {
                zone = TimeZone(secondsFromGMT: 0)!
            } else if cursor < chars.count {
                let sign: Int
                if take(UInt8(ascii: "+")) { sign = 1 } else if take(UInt8(ascii: "-")) { sign = -1 } else { return nil }
                guard let offsetHours = number(2) else { return nil }
                _ = take(UInt8(ascii: ":"))
                guard let offsetMinutes = number(2), offsetHours < 24, offsetMinutes < 60,
                      let fixed = TimeZone(secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60))
                else { return nil }
                zone = fixed
            }
            guard cursor == chars.count else { return nil }
        }

        guard (1...12).contains(month), (1...31).contains(day),
              (0...23).contains(components.hour!), (0...59).contains(components.minute!),
              (0...59).contains(components.second!) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        guard let date = calendar.date(from: components) else { return nil }
        // Foundation rolls 2021-02-30 over into March; a date that does not round-trip is not a date.
        let back = calendar.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        return date
    }
}
