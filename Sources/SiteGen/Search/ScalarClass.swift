/// What a character is to the search tokenizer. `search.js` classifies with the same ranges and
/// the same Unicode general categories.
enum ScalarClass: Equatable {
    /// Han, kana, Hangul: indexed character by character and in pairs.
    case cjk
    /// A letter or digit of any other script.
    case word
    /// A combining mark: part of the word before it.
    case mark
    /// Invisible inside a word or run: variation selectors, enclosing marks (keycaps), the soft
    /// hyphen and zero-width (non-)joiners. Neither kept nor a separator.
    case ignored
    /// Space, punctuation, symbols, emoji, controls.
    case separator

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            let isLetter = (0x61...0x7A).contains(value) || (0x41...0x5A).contains(value)
            self = isLetter || (0x30...0x39).contains(value) ? .word : .separator
            return
        }
        // Han first, the bulk of a Chinese page.
        if (0x4E00...0x9FFF).contains(value) || Self.cjkRanges.contains(where: { $0.contains(value) }) {
            self = .cjk
            return
        }
        if Self.ignoredRanges.contains(where: { $0.contains(value) }) {
            self = .ignored
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            self = .word
        case .nonspacingMark, .spacingMark:
            self = .mark
        case .enclosingMark:
            self = .ignored
        default:
            self = .separator
        }
    }

    static let ignoredRanges: [ClosedRange<UInt32>] = [
        0xAD...0xAD, 0x200C...0x200D, 0xFE00...0xFE0F, 0xE0100...0xE01EF,
    ]

    /// Blocks of scripts written without spaces between words, plus Hangul, whose words carry
    /// their particles (`사람이`) so that pairs find them better than whole words. The
    /// katakana middle dot `・` and `゠` are punctuation, and stay out.
    static let cjkRanges: [ClosedRange<UInt32>] = [
        0x1100...0x11FF,    // Hangul Jamo
        0x3005...0x3007,    // 々 〆 〇
        0x3041...0x309F,    // Hiragana
        0x30A1...0x30FA,    // Katakana
        0x30FC...0x30FF,    // ー ヽ ヾ ヿ
        0x3130...0x318F,    // Hangul Compatibility Jamo
        0x31F0...0x31FF,    // Katakana Phonetic Extensions
        0x3400...0x4DBF,    // CJK Extension A
        0x4E00...0x9FFF,    // CJK Unified Ideographs
        0xA960...0xA97F,    // Hangul Jamo Extended-A
        0xAC00...0xD7FF,    // Hangul Syllables, Jamo Extended-B
        0xF900...0xFAFF,    // CJK Compatibility Ideographs
        0x20000...0x323AF,  // CJK Extensions B-H
    ]
}
