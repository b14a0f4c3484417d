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
        // On the UTF-8 bytes when the string has them in one piece: ASCII needs no decoding.
        if text.utf8.withContiguousStorageIfAvailable({ add(utf8: $0) }) != nil { return }
        var reader = Reader()
        for scalar in text.unicodeScalars { reader.read(scalar, into: &self) }
    }

    /// `add` for valid UTF-8.
    mutating func add(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var reader = Reader()
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte < 0x80 else {
                reader.read(Unicode.Scalar.decoding(validUTF8: bytes, at: &index), into: &self)
                continue
            }
            reader.readASCII(byte, into: &self)
            index += 1
            // The rest of an ASCII word at once: its letters after the first change nothing.
            if Self.isASCIIWordByte(byte) {
                while index < bytes.count, Self.isASCIIWordByte(bytes[index]) { index += 1 }
            }
        }
    }

    fileprivate static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte &- UInt8(ascii: "0") < 10
    }

    /// Where a text's reading stands between two characters.
    private struct Reader {
        var inWord = false
        var previousWasLetter = false
        var pendingApostrophe = false

        /// `read` of an ASCII character, which is never CJK.
        mutating func readASCII(_ byte: UInt8, into count: inout WordCount) {
            if WordCount.isASCIIWordByte(byte) {
                if !inWord && !pendingApostrophe { count.latinWords += 1 }
                inWord = true
                previousWasLetter = true
                pendingApostrophe = false
            } else if (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")) && previousWasLetter {
                pendingApostrophe = true
                inWord = false
                previousWasLetter = false
            } else {
                inWord = false
                previousWasLetter = false
                pendingApostrophe = false
            }
        }

        mutating func read(_ scalar: Unicode.Scalar, into count: inout WordCount) {
            if WordCount.isCJK(scalar) {
                count.cjkCharacters += 1
                inWord = false
                previousWasLetter = false
            } else if WordCount.isWordCharacter(scalar) {
                if !inWord && !pendingApostrophe { count.latinWords += 1 }
                inWord = true
                previousWasLetter = true
                pendingApostrophe = false
                return
            } else if (scalar == "'" || scalar == "\u{2019}" || scalar == "-") && previousWasLetter {
                // "don't" and "co-creation" are one word: keep the word open across one joiner.
                pendingApostrophe = true
                inWord = false
                previousWasLetter = false
                return
            } else {
                inWord = false
                previousWasLetter = false
            }
            pendingApostrophe = false
        }
    }

    /// Letters and digits of any script; ASCII is decided without a Unicode property lookup.
    fileprivate static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
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
