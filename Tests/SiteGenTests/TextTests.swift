import Foundation
import Testing
@testable import SiteGen

/// The fast text helpers must agree with the Foundation calls they replace.
@Suite("Text helpers")
struct TextTests {
    @Test("trimming spaces and tabs equals Foundation's", arguments: [
        "", " ", "\t", "a", " a ", "\ta b\t", "\u{3000}米粉\u{3000}", "\u{A0}x\u{2003}", " \n a \n ", "é ", " \u{301}",
    ])
    func trimming(text: String) {
        #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingWhitespace == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    @Test("every character of the BMP is trimmed, with and without newlines, as Foundation trims it")
    func trimmingEveryCharacter() {
        for value in 0...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "\(scalar)x\(scalar)"
            #expect(text.trimmingWhitespace == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
            #expect(text.trimmingWhitespaceAndNewlines == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(value, radix: 16))")
        }
    }

    @Test("HTML escaping replaces the five special characters and keeps every other byte", arguments: [
        "", "plain", "<a href=\"x\">Tom & Jerry's</a>", "米粉 & 小米 <3", "&&&", "😀'\"", String(repeating: "a<", count: 5000),
    ])
    func htmlEscaping(text: String) {
        let reference = text.map { character -> String in
            switch character {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": "&#39;"
            default: String(character)
            }
        }.joined()
        #expect(HTML.escape(text) == reference)
    }

    @Test("every character NFKC is skipped for is its own NFKC, alone and after a letter, a Han character or itself")
    func stableCharacters() {
        for value in 0x80...0xFFFF {
            guard let scalar = Unicode.Scalar(value), String.isStable(scalar) else { continue }
            let character = String(scalar)
            #expect(scalar.properties.canonicalCombiningClass == .notReordered, "U+\(String(value, radix: 16))")
            for text in [character, "e" + character, "米" + character, character + character, "\u{1100}" + character] {
                #expect(text.precomposedStringWithCompatibilityMapping == text, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("full-width punctuation and the ideographic space become ASCII, as NFKC makes them", arguments: [
        "小米，社区：", "ＡＢＣ　１２３", "e\u{301}，", "，\u{301}", "x\u{3000}y", "…", "Ｃａｆｅ\u{301}",
    ])
    func fullWidth(text: String) {
        #expect(text.compatibilityNormalized == text.precomposedStringWithCompatibilityMapping)
    }

    @Test("zero padding as String(format:) pads", arguments: [0, 7, 12, 123, 2021, 12345, -5, -123])
    func zeroPadding(number: Int) {
        #expect(number.zeroPadded(to: 2) == String(format: "%02d", number))
        #expect(number.zeroPadded(to: 4) == String(format: "%04d", number))
    }
}
