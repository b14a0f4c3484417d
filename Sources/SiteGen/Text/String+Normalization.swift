import Foundation

extension String {
    /// NFKC, normalising only around the characters NFKC can change. Foundation's normalisation
    /// is slow, and a page's text, its tags and titles are mostly ASCII or Han, which NFKC leaves
    /// alone. Search terms and slugs both go through it. Worked on UTF-8 bytes: nearly all of a
    /// page is ASCII, which needs no decoding.
    var compatibilityNormalized: String {
        compatibilityNormalized(keepingSeparators: false)
    }

    /// NFKC for the search tokenizer: full-width punctuation (`，` `：` `（`) and the ideographic
    /// space are left as they are, since they and the ASCII NFKC makes of them are all separators
    /// to it. Chinese text has them in every sentence, and a page's text then needs no copy.
    var searchNormalized: String {
        compatibilityNormalized(keepingSeparators: true)
    }

    private func compatibilityNormalized(keepingSeparators: Bool) -> String {
        var text = self
        return text.withUTF8 { bytes -> String? in
            var out: [UInt8] = []
            var copied = 0
            var index = 0
            // Where the scalar before `index` starts: a character NFKC changes may compose with it
            // (`e` + U+0301 is `é`), so it is normalised with it.
            var previous: Int?
            while index < bytes.count {
                if bytes[index] < 0x80 {
                    // ASCII eight bytes a step: no byte with its high bit set.
                    var next = index + 1
                    while next + 8 <= bytes.count,
                          UnsafeRawPointer(bytes.baseAddress! + next).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                        next += 8
                    }
                    while next < bytes.count, bytes[next] < 0x80 { next += 1 }
                    previous = next - 1
                    index = next
                    continue
                }
                var end = index
                let scalar = Unicode.Scalar.decoding(validUTF8: bytes, at: &end)
                guard !Self.isStable(scalar), !(keepingSeparators && Self.isWideSeparator(scalar)) else {
                    previous = index
                    index = end
                    continue
                }
                var runEnd = end
                while runEnd < bytes.count, bytes[runEnd] >= 0x80 {
                    var next = runEnd
                    let scalar = Unicode.Scalar.decoding(validUTF8: bytes, at: &next)
                    if Self.isStable(scalar) || keepingSeparators && Self.isWideSeparator(scalar) { break }
                    runEnd = next
                }
                let start = previous.map { $0 >= copied ? $0 : index } ?? index
                if out.isEmpty { out.reserveCapacity(bytes.count + 16) }
                out.append(contentsOf: bytes[copied..<start])
                Self.normalize(UnsafeBufferPointer(rebasing: bytes[start..<runEnd]), changing: index - start, into: &out)
                copied = runEnd
                index = runEnd
                previous = nil
            }
            guard copied > 0 else { return nil }
            out.append(contentsOf: bytes[copied...])
            return String(decoding: out, as: UTF8.self)
        } ?? self
    }

    /// NFKC of `run`, whose first `prefix` bytes are a stable character: Chinese text's
    /// full-width punctuation (`，` `：`) and the ideographic space map one to one onto ASCII, and
    /// need no trip through Foundation.
    private static func normalize(_ run: UnsafeBufferPointer<UInt8>, changing prefix: Int, into out: inout [UInt8]) {
        var mapped: [UInt8] = Array(run[..<prefix])
        var index = prefix
        while index < run.count {
            let value = Unicode.Scalar.decoding(validUTF8: run, at: &index).value
            switch value {
            case 0xFF01...0xFF5E: mapped.append(UInt8(value - 0xFEE0))
            case 0x3000: mapped.append(UInt8(ascii: " "))
            default:
                out.append(contentsOf: String(decoding: run, as: UTF8.self).precomposedStringWithCompatibilityMapping.utf8)
                return
            }
        }
        out.append(contentsOf: mapped)
    }

    /// Full-width ASCII punctuation and the ideographic space, which NFKC maps to ASCII
    /// punctuation and space, one to one and whatever surrounds them.
    static func isWideSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E: true
        default: false
        }
    }

    /// Characters that NFKC maps to themselves whatever surrounds them: they neither decompose,
    /// nor reorder (combining class 0), nor compose with a character before them.
    static func isStable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80,
             0xC0...0xFF,      // Latin-1 letters: NFKC composes them back as they are
             0x2010, 0x2012...0x2016, 0x2018...0x2023,  // dashes, quotes, bullets
             0x3001...0x3003, 0x3008...0x3011, 0x3014...0x301B,  // CJK punctuation and brackets
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
