import Foundation

extension String {
    /// NFKC, normalising only around the characters NFKC can change. Foundation's normalisation
    /// is slow, and a page's text, its tags and titles are mostly ASCII or Han, which NFKC leaves
    /// alone. Search terms and slugs both go through it.
    var compatibilityNormalized: String {
        var text = self
        // Found byte by byte: nearly all of a page is ASCII, which needs no decoding.
        let firstOffset: Int? = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    index += 1
                    continue
                }
                let start = index
                if !Self.isStable(SearchTokenizer.decodeScalar(bytes, at: &index)) { return start }
            }
            return nil
        }
        guard let firstOffset else { return text }
        let scalars = text.unicodeScalars
        let first = text.utf8.index(text.utf8.startIndex, offsetBy: firstOffset)
        var out = ""
        var copied = scalars.startIndex
        var index = first
        while index < scalars.endIndex {
            guard !Self.isStable(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            // The stable character before may compose with this one (`e` + U+0301 is `é`), so it
            // is normalised with it.
            var start = index
            if start > copied { start = scalars.index(before: start) }
            var end = index
            while end < scalars.endIndex, !Self.isStable(scalars[end]) { end = scalars.index(after: end) }
            out += text[copied..<start]
            out += String(text[start..<end]).precomposedStringWithCompatibilityMapping
            copied = end
            index = end
        }
        out += text[copied...]
        return out
    }

    /// Characters that NFKC maps to themselves whatever surrounds them: they neither decompose,
    /// nor reorder (combining class 0), nor compose with a character before them.
    private static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80,
             0x3041...0x3096,  // Hiragana without the combining sound marks
             0x30A1...0x30FA,  // Katakana
             0x3400...0x4DBF,  // CJK Extension A
             0x4E00...0x9FFF,  // CJK Unified Ideographs
             0xAC00...0xD7A3:  // Hangul syllables
            true
        default:
            false
        }
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs, as `trimmingCharacters(in: .whitespaces)`
    /// gives, without its trip through `NSString` when there is nothing to trim.
    var trimmingWhitespace: String {
        trimming(where: Self.isSpace)
    }

    /// As `trimmingCharacters(in: .whitespacesAndNewlines)` gives: spaces, tabs, line and
    /// paragraph separators, U+000A to U+000D and U+0085.
    var trimmingWhitespaceAndNewlines: String {
        trimming { scalar in
            Self.isSpace(scalar) || (0x0A...0x0D).contains(scalar.value) || scalar.value == 0x85
                || [.lineSeparator, .paragraphSeparator].contains(scalar.properties.generalCategory)
        }
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        // Foundation counts the zero-width space (a format character) as a space too.
        return scalar.properties.generalCategory == .spaceSeparator || scalar.value == 0x200B
    }

    private func trimming(where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !isTrimmed($0) }) else { return "" }
        let end = scalars.lastIndex(where: { !isTrimmed($0) })!
        return String(self[start...end])
    }
}
