import Testing
@testable import SiteGen

/// Tables of text → terms. `Templates/assets/search.js` must split the same way; the site
/// checks run these same inputs through it in Chromium (`SearchParityTests`).
@Suite("Search tokenizer")
struct SearchTokenizerTests {
    /// Inputs whose index terms and query terms are listed below; shared with the parity check.
    static let samples: [String] = latin.map(\.0) + accents.map(\.0) + cjk.map(\.0) + mixed.map(\.0)
        + punctuation.map(\.0) + emoji.map(\.0)

    static let latin: [(String, [String])] = [
        ("A Melody for Mi", ["a", "melody", "for", "mi"]),
        ("MELODY melody Melody", ["melody", "melody", "melody"]),
        ("1,000 fans in 15 countries", ["1", "000", "fans", "in", "15", "countries"]),
        ("Xiaomi's co-creation", ["xiaomi", "s", "co", "creation"]),
        ("ｍｅｌｏｄｙ ＭＩ", ["melody", "mi"]),
        ("ﬁnal", ["final"]),
        ("", []),
    ]

    static let accents: [(String, [String])] = [
        ("Café CAFÉ cafe\u{301}", ["cafe", "cafe", "cafe"]),
        ("Straße STRASSE", ["strasse", "strasse"]),
        ("Øresund Łódź Đà Nẵng", ["oresund", "lodz", "da", "nang"]),
        ("ΣΟΦΙΑ σοφίας ΣΟΦΊΑΣ", ["σοφια", "σοφιασ", "σοφιασ"]),
        ("İstanbul", ["istanbul"]),
        ("Ærøskøbing œuvre", ["aeroskobing", "oeuvre"]),
    ]

    static let cjk: [(String, [String])] = [
        ("米粉", ["米", "米粉", "粉"]),
        ("小米社区", ["小", "小米", "米", "米社", "社", "社区", "区"]),
        ("米", ["米"]),
        ("がっこう", ["が", "がっ", "っ", "っこ", "こ", "こう", "う"]),
        ("カタカナ・テスト", ["カ", "カタ", "タ", "タカ", "カ", "カナ", "ナ", "テ", "テス", "ス", "スト", "ト"]),
        ("사람이 좋다", ["사", "사람", "람", "람이", "이", "좋", "좋다", "다"]),
        ("ｶﾀ", ["カ", "カタ", "タ"]),
        ("葛\u{E0100}城", ["葛", "葛城", "城"]),
    ]

    static let mixed: [(String, [String])] = [
        ("Xiaomi小米", ["xiaomi", "小", "小米", "米"]),
        ("Mi粉丝2021年", ["mi", "粉", "粉丝", "丝", "2021", "年"]),
        ("the 米粉 community", ["the", "米", "米粉", "粉", "community"]),
    ]

    static let punctuation: [(String, [String])] = [
        ("“Just for Fans”—again!", ["just", "for", "fans", "again"]),
        ("米粉，小米。", ["米", "米粉", "粉", "小", "小米", "米"]),
        ("a/b\\c_d.e", ["a", "b", "c", "d", "e"]),
        ("「米粉」", ["米", "米粉", "粉"]),
        ("<mark>&amp;</mark>", ["mark", "amp", "mark"]),
        ("co\u{AD}operation", ["cooperation"]),
    ]

    static let emoji: [(String, [String])] = [
        ("fans😀fans", ["fans", "fans"]),
        ("米👍粉", ["米", "粉"]),
        ("❤️ love", ["love"]),
        ("👨‍👩‍👧 family", ["family"]),
        ("1️⃣ one", ["1", "one"]),
    ]

    @Test("Latin words: lowercased, NFKC, split at punctuation", arguments: latin)
    func latinWords(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("accents and special letters are folded", arguments: accents)
    func accentFolding(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("CJK runs give single characters and overlapping pairs", arguments: cjk)
    func cjkBigrams(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("mixed scripts split where the script changes", arguments: mixed)
    func mixedScripts(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("punctuation separates terms; invisible characters do not", arguments: punctuation)
    func punctuationSeparates(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("emoji separate terms and leave nothing behind", arguments: emoji)
    func emojiSeparate(text: String, terms: [String]) {
        #expect(SearchTokenizer.indexTerms(text) == terms)
    }

    @Test("a query needs every word, and every pair of a CJK run", arguments: [
        ("小米社区", ["小米", "米社", "社区"]),
        ("米粉", ["米粉"]),
        ("米", ["米"]),
        ("Melody melody MI", ["melody", "mi"]),
        ("Café 米粉!", ["cafe", "米粉"]),
        ("  ", []),
        ("😀", []),
    ])
    func queries(text: String, terms: [String]) {
        #expect(SearchTokenizer.queryTerms(text) == terms)
    }

    @Test("every query term of a text is one of its index terms", arguments: samples)
    func queryTermsAreIndexed(text: String) {
        let indexed = Set(SearchTokenizer.indexTerms(text))
        for term in SearchTokenizer.queryTerms(text) {
            #expect(indexed.contains(term), "\(term) of \(text)")
        }
    }

    /// The tokenizer normalises only around characters NFKC can change; the result must be
    /// whole-text NFKC all the same, including where such a character meets a stable one.
    @Test("partial NFKC equals NFKC of the whole text", arguments: [
        "e\u{301}", "Cafe\u{301} 米粉", "ＫＯＬ，小米。", "가\u{11A8}", "か\u{3099}", "ﬁne ﬂow", "①②", "\u{212B}ngstr\u{F6}m",
        "a\u{323}\u{302}b", "米\u{FE00}粉", "\u{1100}\u{1161}\u{11A8}", "x\u{3000}y", "…", "",
    ])
    func partialNormalization(text: String) {
        #expect(text.compatibilityNormalized == text.precomposedStringWithCompatibilityMapping)
        #expect(Array(text.compatibilityNormalized.unicodeScalars) == Array(text.precomposedStringWithCompatibilityMapping.unicodeScalars))
    }

    @Test("partial NFKC equals NFKC on random mixes of stable and changing characters")
    func partialNormalizationRandom() {
        let pieces: [String] = ["a", "E", "7", " ", "米", "社", "가", "か", "カ", "\u{301}", "\u{323}", "\u{3099}", "\u{11A8}",
                                "\u{1161}", "ｋ", "，", "ﬁ", "é", "\u{212B}", "\u{FE0F}", "😀", "\u{F900}", "ß", "\u{3000}", "…"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = Array(text.precomposedStringWithCompatibilityMapping.unicodeScalars)
            #expect(Array(text.compatibilityNormalized.unicodeScalars) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("full-width punctuation left as it is gives the terms NFKC of the whole text gives")
    func wideSeparators() {
        let pieces: [String] = ["a", "E", "7", " ", "米", "社", "가", "カ", "\u{301}", "ｋ", "７", "，", "。", "：", "（", "）", "＿",
                                "＄", "～", "！", "？", "\u{3000}", "ﬁ", "é", "😀", "\u{FE0F}", "-", "_"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = SearchTokenizer.indexTerms(text.precomposedStringWithCompatibilityMapping)
            #expect(SearchTokenizer.indexTerms(text) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(SearchTokenizer.queryTerms(text) == SearchTokenizer.queryTerms(text.precomposedStringWithCompatibilityMapping))
        }
        #expect("小米，社区。".searchNormalized == "小米，社区。")
        #expect("ＫＯＬ，小米".searchNormalized == "KOL，小米")
    }
}
