import Foundation
import Testing
@testable import SiteGen

@Suite("Dates")
struct DateValueTests {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    @Test("parses what authors write", arguments: [
        ("2021-07-29", "2021-07-28T16:00:00Z"),
        ("2021-07-29T20:30", "2021-07-29T12:30:00Z"),
        ("2021-07-29 20:30:15", "2021-07-29T12:30:15Z"),
        ("2025-12-31T20:00:00-08:00", "2026-01-01T04:00:00Z"),
        ("2026-01-05T12:00:00Z", "2026-01-05T12:00:00Z"),
        ("2026-01-05T12:00:00.5+0100", "2026-01-05T11:00:00Z"),
        ("2024-02-29", "2024-02-28T16:00:00Z"),
    ])
    func parses(text: String, utc: String) throws {
        let date = try #require(DateValue.parse(text, timeZone: shanghai))
        let expected = try #require(ISO8601DateFormatter().date(from: utc))
        #expect(abs(date.timeIntervalSince(expected)) < 1)
    }

    @Test("refuses what is not a date", arguments: [
        "2026-13-45", "2021-02-29", "2021-7-29", "29/07/2021", "2021-07-29T25:00", "2021-07-29T10:00+99:00",
        "2021-07-29junk", "", "yesterday", "2021-07-29T10",
    ])
    func refuses(text: String) {
        #expect(DateValue.parse(text, timeZone: shanghai) == nil)
    }
}
