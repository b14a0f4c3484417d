/// Counts words the way readers read them: words of spaced scripts (Latin, Cyrillic, Korean…) by
/// their letters, and each Chinese or Japanese character as one word, since those scripts put no
/// spaces between words.
public struct WordCount: Sendable, Equatable {
    public var latinWords = 0
    public var cjkCharacters = 0

    public init(latinWords: Int = 0, cjkCharacters: Int = 0) {
        self.latinWords = latinWords
        self.cjkCharacters = cjkCharacters
    }

    public var words: Int { latinWords + cjkCharacters }

    /// Minutes to read, at 220 English words or 400 CJK characters a minute; at least 1.
    public var readingMinutes: Int {
        let minutes = Double(latinWords) / 220 + Double(cjkCharacters) / 400
        return max(1, Int(minutes.rounded()))
    }

    public mutating func add(_ text: some StringProtocol) {
        var inWord = false
        var previousWasLetter = false
        var pendingApostrophe = false
        for scalar in text.unicodeScalars {
            if Self.isCJK(scalar) {
                cjkCharacters += 1
                inWord = false
                previousWasLetter = false
            } else if Self.isWordCharacter(scalar) {
                if !inWord && !pendingApostrophe { latinWords += 1 }
                inWord = true
                previousWasLetter = true
                pendingApostrophe = false
                continue
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == "-") && previousWasLetter {
                // "don't" and "co-creation" are one word: keep the word open across one joiner.
                pendingApostrophe = true
                inWord = false
                previousWasLetter = false
                continue
            } else {
                inWord = false
                previousWasLetter = false
            }
            pendingApostrophe = false
        }
    }

    /// Letters and digits of any script; ASCII is decided without a Unicode property lookup.
    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF,      // Hiragana, Katakana
             0x3400...0x4DBF,      // CJK Extension A
             0x4E00...0x9FFF,      // CJK Unified Ideographs
             0xF900...0xFAFF,      // CJK Compatibility Ideographs
             0x20000...0x3134F:    // CJK Extensions B-G
            return true
        default:
            return false
        }
    }
}
