import Testing
@testable import SiteGen

@Suite("Slugs")
struct SlugTests {
    @Test("keeps letters of every script, folds the rest into single dashes", arguments: [
        ("A Melody for Mi", "a-melody-for-mi"),
        ("  Hello,   World!  ", "hello-world"),
        ("米粉", "米粉"),
        ("小米 社区", "小米-社区"),
        ("Mi Fans 米粉 2021", "mi-fans-米粉-2021"),
        ("city_cup", "city-cup"),
        ("C'est déjà l'été", "c-est-déjà-l-été"),
        ("ＡＢＣ　１２３", "abc-123"),
        ("KOL / influencers", "kol-influencers"),
        ("🎵 music 🎵", "music"),
        ("!!!", ""),
        ("Ελληνικά Κείμενα", "ελληνικά-κείμενα"),
        ("already-a-slug", "already-a-slug"),
    ])
    func slugs(text: String, slug: String) {
        #expect(Slug.make(text) == slug)
    }

    @Test("every ASCII character is kept or folded as its Unicode category says")
    func asciiByCategory() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let kept = [.uppercaseLetter, .lowercaseLetter, .decimalNumber].contains(scalar.properties.generalCategory)
            #expect(Slug.make("a\(scalar)b") == (kept ? "a\(Character(scalar).lowercased())b" : "a-b"), "U+\(String(value, radix: 16))")
        }
    }

    @Test("drops a leading date from file names", arguments: [
        ("2021-07-29-a-melody-for-mi", "a-melody-for-mi"),
        ("2021-07-29_city-cup", "city-cup"),
        ("2021-07-29", "2021-07-29"),
        ("city-cup", "city-cup"),
        ("2021-7-29-x", "2021-7-29-x"),
    ])
    func datePrefix(name: String, expected: String) {
        #expect(PageSlug.dropDatePrefix(name) == expected)
    }

    @Test("resolves a page's slug", arguments: [
        ("Content/campaigns/2021-07-29-a-melody-for-mi.md", nil, "a-melody-for-mi"),
        ("Content/campaigns/米粉之歌.md", nil, "米粉之歌"),
        ("Content/campaigns/x.md", "My Slug", "my-slug"),
    ] as [(String, String?, String)])
    func resolves(path: String, explicit: String?, expected: String) throws {
        var matter = FrontMatter(title: "T")
        matter.slug = explicit
        #expect(try PageSlug.resolve(file: SourceFile(path: path, text: ""), frontMatter: matter).get() == expected)
    }

    @Test("refuses slugs that would leave the page's folder or are empty", arguments: [
        "../../escape", "a/b", "..", ".", "a\\b", "!!!",
    ])
    func refuses(explicit: String) {
        var matter = FrontMatter(title: "T")
        matter.slug = explicit
        matter.positions["slug"] = SourcePosition(line: 3, column: 7)
        guard case .failure(let diagnostic) = PageSlug.resolve(file: SourceFile(path: "Content/a/x.md", text: ""), frontMatter: matter) else {
            Issue.record("slug '\(explicit)' was accepted")
            return
        }
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 7)
    }
}
