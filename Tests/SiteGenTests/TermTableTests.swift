import Testing
@testable import SiteGen

/// The numbering's byte-keyed table must answer as a `[String: UInt32]` would.
@Suite("Term table")
struct TermTableTests {
    @Test("finds every term inserted, through growth, and no other", arguments: [1, 7, 42])
    func againstDictionary(seed: UInt64) {
        var generator = SeededGenerator(state: seed)
        var table = TermTable()
        var expected: [String: UInt32] = [:]
        // Prefixes of one another, Chinese pairs and repeats: enough terms to grow the table often.
        let syllables = ["a", "ab", "abc", "小", "米", "社区", "ö", "z9", ""]
        for _ in 0..<20_000 {
            let term = (0..<Int.random(in: 1...4, using: &generator)).map { _ in syllables.randomElement(using: &generator)! }.joined()
            var bytes = term
            let found = bytes.withUTF8 { table.value(of: $0) }
            #expect(found == expected[term], "\(term)")
            if found == nil {
                let value = UInt32(expected.count)
                bytes.withUTF8 { table.insert($0, value: value) }
                expected[term] = value
            }
        }
        #expect(table.count == expected.count)
        for (term, value) in expected {
            var bytes = term
            #expect(bytes.withUTF8 { table.value(of: $0) } == value)
        }
        var absent = "abcabcabcabcabc"
        #expect(absent.withUTF8 { table.value(of: $0) } == nil)
    }
}
