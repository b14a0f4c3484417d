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
        forEachIndexTerm(text) { terms.append($0) }
        return terms
    }

    /// `indexTerms` without the array.
    static func forEachIndexTerm(_ text: String, _ body: (String) -> Void) {
        forEachIndexTermUTF8(text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// The index terms of `text` as their UTF-8 bytes, valid during the call: every page is
    /// numbered this way, and most of its terms were met before and need no string.
    static func forEachIndexTermUTF8(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var normalized = text.searchNormalized
        normalized.withUTF8 { bytes in
            var scanner = RunScanner()
            var runBytes: [UInt8] = []
            var ends: [Int] = []
            scanner.scan(bytes, onWord: { word, isASCII in
                if isASCII { return body(word) }
                var folded = fold(String(decoding: word, as: UTF8.self))
                if !folded.isEmpty { folded.withUTF8(body) }
            }, onCJK: { characters in
                // Each character, and each with the one after it.
                runBytes.removeAll(keepingCapacity: true)
                ends.removeAll(keepingCapacity: true)
                for character in characters {
                    UTF8.encode(character) { runBytes.append($0) }
                    ends.append(runBytes.count)
                }
                runBytes.withUnsafeBufferPointer { run in
                    var start = 0
                    for (index, end) in ends.enumerated() {
                        body(UnsafeBufferPointer(rebasing: run[start..<end]))
                        if index + 1 < ends.count { body(UnsafeBufferPointer(rebasing: run[start..<ends[index + 1]])) }
                        start = end
                    }
                }
            })
        }
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
        var runs: [Run] = []
        forEachRun(text) { runs.append($0) }
        return runs
    }

    /// The runs of `text` in order.
    static func forEachRun(_ text: String, _ body: (Run) -> Void) {
        var normalized = text.searchNormalized
        normalized.withUTF8 { bytes in
            var scanner = RunScanner()
            scanner.scan(bytes, onWord: { word, isASCII in
                let text = String(decoding: word, as: UTF8.self)
                let folded = isASCII ? text : fold(text)
                if !folded.isEmpty { body(.word(folded)) }
            }, onCJK: { body(.cjk($0)) })
        }
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
