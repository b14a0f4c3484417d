import Foundation

/// Splits text into search terms, the same way `Templates/assets/search.js` splits a query, so
/// that what a reader types finds what the index holds.
///
/// Text is NFKC-normalised first (full-width letters, ligatures). Words of spaced scripts are
/// lowercased and lose their accents (`Café` → `cafe`). Chinese, Japanese and Korean have no
/// spaces between words, so a run of those characters gives each character and each pair of
/// neighbours (`小米社区` → `小`, `小米`, `米`, `米社`, …): any word of two characters or more is
/// then found by its pairs, without a dictionary. Punctuation, symbols and emoji separate terms.
public enum SearchTokenizer {
    /// A stretch of text between separators.
    enum Run: Equatable {
        /// A word of a spaced script, already folded.
        case word(String)
        /// Consecutive CJK characters.
        case cjk([Unicode.Scalar])
    }

    /// Every term a text is indexed under, in order of appearance, repeats included.
    public static func indexTerms(_ text: String) -> [String] {
        var terms: [String] = []
        for run in runs(text) {
            switch run {
            case .word(let word):
                terms.append(word)
            case .cjk(let characters):
                for (index, character) in characters.enumerated() {
                    terms.append(String(character))
                    if index + 1 < characters.count { terms.append(String(character) + String(characters[index + 1])) }
                }
            }
        }
        return terms
    }

    /// The terms a query must all match: its words, and for a CJK run its pairs of neighbours
    /// (one character alone is looked up as itself).
    public static func queryTerms(_ text: String) -> [String] {
        var terms: [String] = []
        for run in runs(text) {
            switch run {
            case .word(let word):
                terms.append(word)
            case .cjk(let characters) where characters.count == 1:
                terms.append(String(characters[0]))
            case .cjk(let characters):
                for index in 0..<characters.count - 1 {
                    terms.append(String(characters[index]) + String(characters[index + 1]))
                }
            }
        }
        var seen = Set<String>()
        return terms.filter { seen.insert($0).inserted }
    }

    static func runs(_ text: String) -> [Run] {
        let normalized = text.utf8.allSatisfy { $0 < 0x80 } ? text : text.precomposedStringWithCompatibilityMapping
        var runs: [Run] = []
        var word = String.UnicodeScalarView()
        var wordIsASCII = true
        var cjk: [Unicode.Scalar] = []
        func endWord() {
            guard !word.isEmpty else { return }
            let folded = wordIsASCII ? String(word).lowercased() : fold(String(word))
            if !folded.isEmpty { runs.append(.word(folded)) }
            word = String.UnicodeScalarView()
            wordIsASCII = true
        }
        func endCJK() {
            guard !cjk.isEmpty else { return }
            runs.append(.cjk(cjk))
            cjk = []
        }
        for scalar in normalized.unicodeScalars {
            switch ScalarClass(scalar) {
            case .word:
                endCJK()
                word.append(scalar)
                if !scalar.isASCII { wordIsASCII = false }
            case .mark:
                // A mark belongs to the letter before it; alone (after an emoji, or a variation
                // selector on a Han character) it neither adds to nor breaks a run.
                if !word.isEmpty { word.append(scalar); wordIsASCII = false }
            case .ignored:
                break
            case .cjk:
                endWord()
                cjk.append(scalar)
            case .separator:
                endWord()
                endCJK()
            }
        }
        endWord()
        endCJK()
        return runs
    }

    /// Lowercase, accents off, and the few letters that carry no separate accent folded by hand.
    static func fold(_ word: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in word.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }
            if let replacement = letterFolds[scalar] {
                out.append(contentsOf: replacement.unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out).precomposedStringWithCanonicalMapping
    }

    /// The same table is in `search.js`.
    static let letterFolds: [Unicode.Scalar: String] = [
        "ß": "ss", "ς": "σ", "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th",
    ]
}
