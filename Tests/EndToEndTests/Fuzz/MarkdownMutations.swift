/// Mutations of the Markdown below the front matter.
enum MarkdownMutations {
    static let rawHTML = [
        "<script>alert(1)</script>", "<!--", "<div><span>", "</div></div>", "<?php echo 1; ?>", "<![CDATA[ x", "<img src=x onerror=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>", "<style>body{display:none}</style>", "<iframe src=//evil.example>", "</article></body></html>",
        "<textarea>", "<plaintext>", "<svg><script>alert(1)</script></svg>", "<!DOCTYPE html>",
    ]

    static let hostileLinks = [
        "[x](javascript:alert(1))", "[x](JaVaScRiPt:alert(1))", "[x](java\tscript:alert(1))", "[x](  javascript:alert(1))",
        "<javascript:alert(1)>", "![i](javascript:alert(1))", "[x](vbscript:msgbox)", "[x](data:text/html,<script>alert(1)</script>)",
        "[x](&#106;avascript:alert(1))", "[x](javascript&colon;alert(1))", "[x](/nope/)", "[x](../../../../etc/passwd)", "[x](//evil.example/)",
        "[x](/articles/first-post/#missing)", "![x](missing.png)", "[x][undefined-reference]", "[x](<a b>)", "[x](/%00/)", "[x](/\u{202E}/)",
        "[x](file:///etc/passwd)", "[x](/tags/)", "[x](#)", "[](/)", "[x]( )",
    ]

    static let headings = [
        "# 🎉 标题 🇨🇳", "## 中文标题", "# 👩‍👩‍👧‍👦", "# ", "####### seven", "# \u{200D}\u{200D}", "# \u{FE0F}",
        "# 𝕏 𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
        "# a\u{0301}\u{0301}\u{0301}", "# \u{202E}txt.exe", "Setext\n===", "# [link](/) heading", "# `code` heading", "# <b>html</b>",
        "# id {#custom}", "# -", "# 한국어 제목", "# العربية",
    ]

    static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80, 0x80], [0xFE, 0xFF],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]

    static let all: [SiteMutation] = [
        SiteMutation("unbalanced brackets") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let unit = rng.pick(["[", "](", "![", "]", "[x](", "<", "`", "*", "_", "**_", "[^", "|", "{{", "\\"])
            let count = rng.pick([10, 1_000, 50_000])
            site.appendToBody(page, Array(FuzzText.repeated(unit, count).utf8))
            return "\(page): \(FuzzText.shown(unit)) × \(count)"
        },
        SiteMutation("line of links") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let unit = rng.pick(["[a](b) ", "[中](/) ", "<https://x.org> ", "![i](/assets/site.css) ", "[a](/nope/) "])
            let count = rng.pick([100, 5_000, 20_000])
            site.appendToBody(page, Array(FuzzText.repeated(unit, count).utf8))
            return "\(page): one line of \(count) × \(FuzzText.shown(unit))"
        },
        SiteMutation("deep nesting") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let depth = rng.pick([50, 500, 5_000, 50_000])
            let text: String
            switch rng.int(0...4) {
            case 0: text = FuzzText.repeated("> ", depth) + "deep quote"
            case 1: text = (0..<min(depth, 500)).map { String(repeating: "  ", count: $0) + "- item" }.joined(separator: "\n")
            case 2: text = FuzzText.repeated("*", depth) + "x" + FuzzText.repeated("*", depth)
            case 3: text = FuzzText.repeated("1. ", depth) + "x"
            default: text = FuzzText.repeated("<div>", depth) + "x"
            }
            site.appendToBody(page, Array(text.utf8))
            return "\(page): \(FuzzText.shown(text, limit: 12)) nested \(depth) deep"
        },
        SiteMutation("raw HTML") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let html = rng.pick(rawHTML)
            site.appendToBody(page, Array(html.utf8))
            return "\(page): \(FuzzText.shown(html))"
        },
        SiteMutation("hostile link") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let link = rng.pick(hostileLinks)
            site.appendToBody(page, Array("See \(link) here.".utf8))
            return "\(page): \(FuzzText.shown(link))"
        },
        SiteMutation("heading") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let heading = rng.pick(headings), count = rng.pick([1, 2, 200])
            site.appendToBody(page, Array(Array(repeating: heading, count: count).joined(separator: "\n\n").utf8))
            return "\(page): \(count) × \(FuzzText.shown(heading))"
        },
        SiteMutation("invalid UTF-8") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let bytes = rng.pick(invalidUTF8)
            site.insert(bytes, into: page, using: &rng)
            return "\(page): bytes \(bytes.map { String($0, radix: 16) }) inserted"
        },
        SiteMutation("odd block") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let text = rng.pick([
                "```\nunclosed fence", "~~~~\n", "| a | b |\n|---|---|\n| 1 |", "[^1]\n\n[^1]: note", "[ref]: javascript:alert(1)\n\n[x][ref]",
                "\u{0}\u{0}\u{0}", "\u{1B}]0;title\u{7}", "    indented code\n\tmixed tab", "***\n---\n___", "<!-- unclosed comment",
                "\\", "&#0; &#xD800; &#x110000; &nbsp", "---\ntitle: a second front matter\n---",
            ])
            site.appendToBody(page, Array(text.utf8))
            return "\(page): \(FuzzText.shown(text))"
        },
    ]
}
