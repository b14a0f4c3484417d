import Testing
@testable import SiteGen

@Suite("Markdown")
struct MarkdownTests {
    @Test("gives headings Unicode ids, numbering repeats")
    func headingIDs() {
        let rendered = Markdown.render("""
            # Intro
            ## 米粉的故事
            ## Intro
            ## Intro
            ### What's *new*?
            > ## Quoted heading
            ## !!!
            """)
        #expect(rendered.headings.map(\.id) == ["intro", "米粉的故事", "intro-1", "intro-2", "what-s-new", "quoted-heading", "section"])
        #expect(rendered.headings.map(\.level) == [1, 2, 2, 2, 3, 2, 2])
        #expect(rendered.headings[4].text == "What's new?")
        #expect(rendered.html.contains(#"<h2 id="米粉的故事">米粉的故事</h2>"#))
        #expect(rendered.html.contains(#"<h3 id="what-s-new">What's <em>new</em>?</h3>"#))
        #expect(rendered.html.contains(#"<blockquote>"# + "\n" + #"<h2 id="quoted-heading">"#))
        #expect(!rendered.html.contains("data-sourcepos"))
    }

    @Test("a heading that repeats an earlier numbered id gets the next free number")
    func idCollisions() {
        let rendered = Markdown.render("## a-1\n## a\n## a\n")
        #expect(rendered.headings.map(\.id) == ["a-1", "a", "a-2"])
    }

    @Test("heading lines point into the file, past the front matter")
    func headingLines() {
        let rendered = Markdown.render("Text\n\n## Later\n", lineOffset: 4)
        #expect(rendered.headings.first?.line == 7)
    }

    @Test("the first paragraph becomes a plain-text summary", arguments: [
        ("## Title\n\nFirst *para* with `code` and [a link](/x/).\nSecond line.\n\nSecond para.", "First para with code and a link. Second line."),
        ("- a list\n\nThen a paragraph.", "a list"),
        ("# Only a heading", nil),
        ("第一段，中文。\n\n第二段。", "第一段，中文。"),
        ("Raw <b>html</b> dropped", "Raw html dropped"),
    ] as [(String, String?)])
    func summaries(markdown: String, summary: String?) {
        #expect(Markdown.render(markdown).firstParagraph == summary)
    }

    @Test("counts words for English and Chinese alike", arguments: [
        ("One two three.", 3, 0),
        ("Don't stop, it's fine — really!", 5, 0),
        ("米粉社区", 0, 4),
        ("小米 co-creation 活动 in 2021", 3, 4),
        ("`code span` and\n\n```\nlet x = 1\n```", 6, 0),
        ("ひらがな カタカナ", 0, 8),
        ("", 0, 0),
    ])
    func wordCounts(markdown: String, latin: Int, cjk: Int) {
        let count = Markdown.render(markdown).wordCount
        #expect(count.latinWords == latin)
        #expect(count.cjkCharacters == cjk)
    }

    @Test("reading time counts Chinese by characters", arguments: [
        (WordCount(latinWords: 0, cjkCharacters: 0), 1),
        (WordCount(latinWords: 440, cjkCharacters: 0), 2),
        (WordCount(latinWords: 0, cjkCharacters: 2000), 5),
        (WordCount(latinWords: 220, cjkCharacters: 400), 2),
    ])
    func readingTime(count: WordCount, minutes: Int) {
        #expect(count.readingMinutes == minutes)
    }

    @Test("raw HTML is omitted unless unsafe_html opts in")
    func safeMode() {
        let markdown = "<script>alert(1)</script>\n\nA <b>bold</b> [x](javascript:alert(1))"
        let safe = Markdown.render(markdown).html
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        #expect(!safe.contains("javascript:"))
        let unsafe = Markdown.render(markdown, unsafeHTML: true).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("<b>bold</b>"))
    }

    @Test("raw HTML that looks like a heading does not take a heading's id")
    func rawHeadingIsNotMatched() {
        let rendered = Markdown.render("<h2>raw</h2>\n\n## Real\n", unsafeHTML: true)
        #expect(rendered.html.contains("<h2>raw</h2>"))
        #expect(rendered.html.contains(#"<h2 id="real">Real</h2>"#))
    }

    @Test("headings get the same ids found in order as found by source position", arguments: [
        "# Intro\n## 米粉的故事\n## Intro\n\nText with `<h2>` and [a \\<h3> link](/x/ \"<h4>\").\n\n---\n\n### What's *new*?",
        "> ## Quoted\n\n- ## In a list\n- item\n\n```\n<h2>code</h2>\n```\n\nSetext\n======\n\n## !!!",
        "No headings, <http://h1.example/>, ![<h2>](/i.png)",
    ])
    func headingsInOrder(markdown: String) {
        // A raw HTML comment makes cmark print source positions, which are then matched.
        let byPosition = Markdown.render(markdown + "\n\n<!-- end -->\n", unsafeHTML: true).html
        #expect(byPosition.hasSuffix("<!-- end -->\n"))
        #expect(Markdown.render(markdown).html == String(byPosition.dropLast("<!-- end -->\n".count)))
    }

    @Test("links and images are collected with their positions")
    func links() {
        let rendered = Markdown.render("See [one](/a/) and\n![pic](/img.png)", lineOffset: 3)
        #expect(rendered.links == [
            MarkdownLink(destination: "/a/", isImage: false, line: 4, column: 5),
            MarkdownLink(destination: "/img.png", isImage: true, line: 5, column: 1),
        ])
    }

    @Test("link columns count characters, however many links share a line and in whatever order they come", arguments: [
        ("米粉 [a](/a/) 社区 ![b](/b.png) [c](/c/)", [4, 16, 29]),
        ("[a](/a/)\n\n# 标题 [b](/b/)\n- 一 [c](/c/) 二 [d](/d/)", [1, 6, 5, 16]),
        ("![外 [in](/in/) 内](/img.png) 后 [x](/x/)", [1, 5, 31]),
        ("> 引用 [q](/q/)\n> 续 [r](/r/)", [6, 5]),
    ])
    func linkColumns(markdown: String, columns: [Int]) {
        #expect(Markdown.render(markdown).links.map(\.column) == columns)
    }

    @Test("every link of a long line full of links gets its own column")
    func linkColumnsOnALongLine() {
        let unit = "米[a](b) "
        let rendered = Markdown.render(String(repeating: unit, count: 5_000))
        #expect(rendered.links.count == 5_000)
        #expect(rendered.links.map(\.column) == (0..<5_000).map { $0 * unit.unicodeScalars.count + 2 })
    }

    @Test("columns are mapped for links listed out of order, and lines past the text are left as they are")
    func linkColumnsOutOfOrder() {
        let text = Array("一 [a](b) 二 [c](d)\n三 [e](f)".utf8)
        let links = [(1, 16), (2, 5), (1, 5), (9, 3)].map { MarkdownLink(destination: "", isImage: false, line: $0.0, column: $0.1) }
        #expect(Markdown.characterColumns(links, in: text, lineOffset: 0).map(\.column) == [12, 3, 3, 3])
    }

    @Test("table of contents nests by level")
    func tableOfContents() {
        let headings = Markdown.render("## A\n### B\n## C & D\n").headings
        #expect(TableOfContents.html(headings) ==
            ##"<ul><li><a href="#a">A</a><ul><li><a href="#b">B</a></li></ul></li><li><a href="#c-d">C &amp; D</a></li></ul>"##)
        #expect(TableOfContents.html(Markdown.render("## Only one").headings) == "")
    }

    @Test("plain text for search: blocks on their own lines, inline runs joined, raw HTML and URLs left out", arguments: [
        ("小米**社区**的用户", "小米社区的用户\n"),
        ("# Title\n\nOne *two*\nthree.\n\n- item\n- [link](/x/) `code`", "Title\nOne two three.\nitem\nlink code\n"),
        ("Text <b>bold</b>\n\n<div>block</div>\n\n```\nlet x = 1\n```", "Text bold\nlet x = 1\n"),
        ("> quoted\n\n![alt text](a.png)", "quoted\nalt text\n"),
    ])
    func plainText(markdown: String, text: String) {
        #expect(Markdown.render(markdown).plainText == text)
    }
}
