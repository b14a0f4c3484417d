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
}
