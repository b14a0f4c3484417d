import Foundation
import Testing
@testable import SiteGen

/// `languages:` in site.yaml, translations beside their originals, and the theme's words.
@Suite("Languages")
struct LanguageTests {
    static let head = "title: T\nbase_url: https://x.example/\nlanguage: en\n"

    @Test("languages are read with their names, titles and tag names; the default language comes first")
    func config() throws {
        let config = try SiteConfig.decode(Self.head + """
            untranslated: list
            languages:
              - code: zh
                name: 中文
                title: 档案
                tags:
                  Mi Fans: 米粉
              - code: en
                name: English
            """).get()
        #expect(config.languages.map(\.code) == ["en", "zh"])
        #expect(config.untranslated == .list)
        #expect(config.languages[1].tagNames == ["mi-fans": "米粉"])
        let zh = config.forLanguage("zh")
        #expect(zh.title == "档案" && zh.description == config.description && zh.languageRoot == OutputPath(components: ["zh"]))
        #expect(config.forLanguage("en").languageRoot == .root)
        #expect(config.params["languages"] == nil)
    }

    @Test("the default language is added when the list leaves it out")
    func implicitDefault() throws {
        let config = try SiteConfig.decode(Self.head + "languages:\n  - code: zh\n").get()
        #expect(config.languages.map(\.code) == ["en", "zh"])
        #expect(config.translationCodes == ["zh"])
    }

    @Test("a site without languages is in one language, as before")
    func noLanguages() throws {
        let config = try SiteConfig.decode(Self.head).get()
        #expect(config.languages.isEmpty && !config.isMultilingual && config.translationCodes.isEmpty)
    }

    @Test("bad entries are reported at their line and column", arguments: [
        ("languages:\n  - code: zh\n  - code: zh\n", "site.yaml:6:11: error: language 'zh' is listed twice"),
        ("languages:\n  - code: chinese!\n", "site.yaml:5:11: error: 'chinese!' is not a language code"),
        ("languages:\n  - name: 中文\n", "site.yaml:5:5: error: a language has no 'code'"),
        ("languages:\n  - code: zh\n    colour: red\n", "site.yaml:6:5: error: unknown key 'colour' in a language"),
        ("languages: zh\n", "site.yaml:4:12: error: 'languages' must be a list of languages"),
        ("untranslated: show\n", "site.yaml:4:15: error: 'untranslated' must be hide or list"),
    ])
    func badEntries(yaml: String, expected: String) {
        guard case .failure(let failure) = SiteConfig.decode(Self.head + yaml) else {
            Issue.record("no error for \(yaml)")
            return
        }
        let text = failure.diagnostics.map(\.description).joined(separator: "\n")
        #expect(text.hasPrefix(expected), "\(text)")
    }

    @Test("a translation is known by a configured code before .md; any other dotted name is a page")
    func translationNames() {
        let codes: Set<String> = ["zh", "pt-BR"]
        func split(_ path: String) -> String? {
            SourceFile(path: path, text: "").translation(codes: codes).map { "\($0.code) \($0.originalName)" }
        }
        #expect(split("Content/campaigns/city-cup.zh.md") == "zh city-cup.md")
        #expect(split("Content/campaigns/city-cup/index.zh.md") == "zh index.md")
        #expect(split("Content/_index.pt-BR.md") == "pt-BR _index.md")
        #expect(split("Content/articles/v1.2.md") == nil)
        #expect(split("Content/articles/notes.fr.md") == nil)
        #expect(split("Content/.zh.md") == nil)
    }

    @Test("a translation inherits every key it does not set, but slug, summary, updated, aliases and draft")
    func inheritance() throws {
        let site = try TemporarySite(files: [
            "site.yaml": Self.head + "languages:\n  - code: zh\n",
            "Content/campaigns/city-cup.md": """
                ---
                title: City Cup
                date: 2026-01-05
                updated: 2026-01-10
                tags: [co-creation]
                period: 2019
                summary: The cup.
                slug: the-cup
                aliases: [/old/]
                facts: {teams: 1500}
                colour: red
                ---
                Text.
                """,
            "Content/campaigns/city-cup.zh.md": "---\ntitle: 城市杯\nfacts: {teams: {value: 1500, qualifier: 超过}}\n---\n正文。\n",
        ])
        defer { site.remove() }
        let config = try SiteBuilder.loadConfig(BuildOptions(root: site.root))
        let (content, problems) = ContentLoader.load(root: site.root, config: config)
        #expect(problems.isEmpty)
        let translated = TranslatedContent(content)
        let page = try #require(translated.pages["zh"]?.first)
        let matter = page.frontMatter
        #expect(page.title == "城市杯")
        #expect(matter.date == content.pages[0].date && matter.tags == ["co-creation"] && matter.period == content.pages[0].frontMatter.period)
        #expect(matter.params["colour"] == .string("red"))
        #expect(matter.params["facts"] != content.pages[0].frontMatter.params["facts"])
        #expect(matter.summary == nil && matter.updated == nil && matter.aliases.isEmpty && matter.slug == nil)
        // The original's URL under /zh/, its slug included: the translation did not set one.
        #expect(page.outputPath.url == "/zh/campaigns/the-cup/")
        #expect(page.original == "Content/campaigns/city-cup.md" && page.language == "zh")
    }

    @Test("a translation's facts cite its original's sources: a number the original lists is fine, another an error at the translation's facts")
    func factSources() throws {
        let site = try TemporarySite(files: [
            "site.yaml": Self.head + "languages:\n  - code: zh\n",
            "Content/cup.md": "---\ntitle: Cup\nfacts: {entries: {value: 150, source: 1}}\nsources:\n- title: A post\n---\nText.\n",
            "Content/cup.zh.md": "---\ntitle: 杯\nfacts: {entries: {value: 150, qualifier: 超过, source: 1}}\n---\n正文。\n",
            "Content/mug.md": "---\ntitle: Mug\nsources:\n- title: A post\n---\nText.\n",
            "Content/mug.zh.md": "---\ntitle: 马克杯\nfacts:\n  entries: {value: 150, source: 2}\n---\n正文。\n",
        ])
        defer { site.remove() }
        let config = try SiteBuilder.loadConfig(BuildOptions(root: site.root))
        let (content, problems) = ContentLoader.load(root: site.root, config: config)
        #expect(problems.isEmpty, "\(problems)")
        let found = TranslatedContent(content).diagnostics.map(\.description)
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.hasPrefix("Content/mug.zh.md:4:3: error: fact 'entries' names source 2, but its original lists 1 source") == true, "\(found)")
    }

    @Test("a translation without its original is an error naming it")
    func orphan() throws {
        let site = try TemporarySite(files: [
            "site.yaml": Self.head + "languages:\n  - code: zh\n",
            "Content/lost.zh.md": "---\ntitle: 迷失\n---\n",
        ])
        defer { site.remove() }
        let config = try SiteBuilder.loadConfig(BuildOptions(root: site.root))
        let (content, _) = ContentLoader.load(root: site.root, config: config)
        let problems = TranslatedContent(content).diagnostics.map(\.description)
        #expect(problems.count == 1 && problems[0].hasPrefix("Content/lost.zh.md: error: a translation without its original: Content/lost.md"))
    }

    @Test("a string missing in a language shows the default language's, with a warning naming the key and the file")
    func stringFallback() throws {
        let site = try TemporarySite(files: [
            "Templates/i18n/en.yaml": "nav:\n  tags: Tags\nread_more: Read more\n",
            "Templates/i18n/zh.yaml": "nav:\n  tags: 标签\n",
        ])
        defer { site.remove() }
        let strings = UIStrings(root: site.root, codes: ["en", "zh"])
        #expect(strings["zh"].strings == ["nav.tags": "标签", "read_more": "Read more"])
        #expect(strings["en"].strings["nav.tags"] == "Tags")
        #expect(strings.warnings.map(\.description) == [
            "Templates/i18n/zh.yaml: warning: no string 'read_more': the en one is shown\n  hint: add 'read_more: …' in this language",
        ])
        let nav = strings["zh"].templateValue["nav"] as? [String: Any]
        #expect(nav?["tags"] as? String == "标签")
        #expect(strings["zh"].text("list.page_of", "{title} ({number})", ["title": "A", "number": "2"]) == "A (2)")
    }
}
