/// Mutations of the YAML at the top of pages, and of `site.yaml`.
enum FrontMatterMutations {
    static let keys = ["title", "date", "updated", "tags", "aliases", "summary", "slug", "draft", "template"]

    /// Values of the wrong type, or of the right type with hostile contents.
    static let oddValues = [
        "[a, b]", "{k: v}", "12", "-0", "true", "null", "~", "''", "\"\"", "!!binary aGVsbG8=", "2026-01-01",
        "[[[]]]", "{}", "[]", "|\n  block\n  text", ">-\n  folded", "!custom tag", "0x1F", ".nan", "-.inf",
        "\"\\u0000\"", "\"\\x85\"", "[/, //, ///]", "[/./, /../]", "javascript:alert(1)", "[javascript:alert(1)]",
        "[/tags/, /search/, /feed.xml, /search.json/x/]", "[/a/, /a/, /A/]", "[/.git/HEAD, /.htaccess]",
        "../../escape", "/tmp/escape", "'.'", "'..'", "con", "index", "_index", "'%2e%2e'", "'a/b/c'",
        "[\"x\\u2028y\"]", "\"<!--<script>\"", "\"</script><script>alert(1)</script>\"",
    ]

    static let hugeNumbers = [
        "99999999999999999999999999999999", "-99999999999999999999", "1e999", "-1e999", "9223372036854775807",
        "9223372036854775808", "-9223372036854775809", "0.000000000000000000000000001", "1_000_000", "0b1010", "0o777",
    ]

    static let badDates = [
        "2026-02-30", "2026-13-01", "0000-01-01", "-0001-01-01", "10000-01-01", "9999-12-31T23:59:60Z", "2026-1-1",
        "2026-01-01T25:00:00+99:00", "2026-01-01T00:00:00+14:01", "2026-01-01 10:00", "1970-01-01T00:00:00-23:59",
        "'2026-01-05'", "2026-01-05T", "20260105", "2026-W01", "yesterday", "0001-01-01", "9999-12-31",
        "2026-01-01T00:00:00.123456789123Z", "2026-01-05\u{0}", "２０２６-０１-０５",
    ]

    static let oddCharacters = [
        "\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{1B}[31m", "\u{7F}", "\u{85}", "\u{9B}2J", "\r", "\u{FFFE}", "\u{FFFF}",
        "\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{1F600}", "\u{E000}",
        "\u{10FFFF}", "\u{301}", "\t",
    ]

    /// Values aimed at the settings of `site.yaml`.
    static let siteValues = [
        "0", "-1", "https://x.org//evil.example/", "https://x.org/?q=1#f", "ftp://x/", "'Mars/Olympus'", "Europe/Berlin", "zh-Hans-CN",
        "\"\u{202E}en\"",
    ]

    static let all: [SiteMutation] = [
        SiteMutation("wrong type") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let key = rng.pick(keys), value = rng.pick(oddValues)
            let line = site.setFrontMatter(page, key: key, value: value)
            return "\(page):\(line): \(key): \(FuzzText.shown(value))"
        },
        SiteMutation("deep nesting") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let depth = rng.pick([50, 500, 5_000, 50_000])
            let key = rng.pick(["extra", "tags", "title"])
            if rng.chance(50) {
                site.setFrontMatter(page, key: key, value: FuzzText.repeated("[", depth) + FuzzText.repeated("]", depth))
                return "\(page): \(key) nested \(depth) flow lists deep"
            }
            let block = (0..<min(depth, 1_000)).map { String(repeating: " ", count: $0) + "k\($0):" }.joined(separator: "\n")
            site.setFrontMatter(page, key: key, value: "\n" + block.split(separator: "\n").map { " " + $0 }.joined(separator: "\n") + " x")
            return "\(page): \(key) nested \(min(depth, 1_000)) block maps deep"
        },
        SiteMutation("anchors and aliases") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            switch rng.int(0...4) {
            case 0:
                let levels = rng.int(3...9), width = rng.int(2...10)
                var lines = ["b0: &b0 [x, y]"]
                for level in 1..<levels {
                    let refs = Array(repeating: "*b\(level - 1)", count: width).joined(separator: ", ")
                    lines.append("b\(level): &b\(level) [\(refs)]")
                }
                lines.append("\(rng.pick(["tags", "extra", "aliases"])): *b\(levels - 1)")
                site.insertIntoFrontMatter(page, Array(lines.joined(separator: "\n").utf8), using: &rng)
                return "\(page): alias bomb, \(levels) levels of \(width)"
            case 1:
                site.insertIntoFrontMatter(page, Array("t: &t Anchored title\nsummary: *t".utf8), using: &rng)
                return "\(page): summary is an alias of an anchor"
            case 2:
                site.setFrontMatter(page, key: rng.pick(keys), value: "*undefined")
                return "\(page): alias to an undefined anchor"
            case 3:
                site.setFrontMatter(page, key: "extra", value: "&a [*a]")
                return "\(page): an anchor whose value refers to itself"
            default:
                site.insertIntoFrontMatter(page, Array("base: &base {title: Merged, draft: false}\n<<: *base".utf8), using: &rng)
                return "\(page): a merge key"
            }
        },
        SiteMutation("huge number") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let key = rng.pick(keys + ["weight"]), value = rng.pick(hugeNumbers)
            let line = site.setFrontMatter(page, key: key, value: value)
            return "\(page):\(line): \(key): \(value)"
        },
        SiteMutation("bad date") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let key = rng.pick(["date", "updated"]), value = rng.pick(badDates)
            let line = site.setFrontMatter(page, key: key, value: value)
            return "\(page):\(line): \(key): \(FuzzText.shown(value))"
        },
        SiteMutation("duplicate key") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let key = rng.pick(keys)
            site.insertIntoFrontMatter(page, Array("\(key): First\n\(key): Second".utf8), using: &rng)
            return "\(page): \(key) twice"
        },
        SiteMutation("tab") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let text = rng.pick(["\ttitle: Tabbed", "tags:\n\t- a\n\t- b", "title:\tTab after colon", "\t", "extra:\n  a: 1\n\tb: 2"])
            site.insertIntoFrontMatter(page, Array(text.utf8), using: &rng)
            return "\(page): \(FuzzText.shown(text))"
        },
        SiteMutation("byte order mark") { site, rng in
            guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
            let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
            switch rng.int(0...2) {
            case 0: site[page] = .file(bom + bom + bytes); return "\(page): two BOMs at the start"
            case 1: site.insert(bom, into: page, using: &rng); return "\(page): a BOM in the middle"
            default: site[page] = .file([0xFF, 0xFE] + bytes); return "\(page): a UTF-16 BOM before UTF-8 text"
            }
        },
        SiteMutation("line ends") { site, rng in
            guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
            let ending: [UInt8] = rng.pick([[13, 10], [13], [13, 13, 10], [0xC2, 0x85], [0xE2, 0x80, 0xA8]])
            let everywhere = rng.chance(50)
            var result: [UInt8] = []
            var first = true
            for byte in bytes {
                if byte == 10, everywhere || first { result += ending; first = false } else { result.append(byte) }
            }
            site[page] = .file(result)
            return "\(page): \(everywhere ? "every" : "the first") line end as \(ending.map { String($0, radix: 16) })"
        },
        SiteMutation("control character") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let character = rng.pick(oddCharacters), key = rng.pick(keys + ["k\(character)y"])
            let value = rng.pick(["Title \(character) here", "[a\(character)b, c]", "\"quoted \(character)\"", "\(character)"])
            let line = site.setFrontMatter(page, key: key, value: value)
            return "\(page):\(line): \(FuzzText.shown(key)): \(FuzzText.shown(value))"
        },
        SiteMutation("long value") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let key = rng.pick(keys), length = rng.pick([300, 5_000, 100_000])
            let value: String
            switch rng.int(0...3) {
            case 0: value = FuzzText.repeated("a", length)
            case 1: value = FuzzText.repeated("中", length / 3)
            case 2: value = "[" + (0..<min(length / 10, 3_000)).map { "t\($0)" }.joined(separator: ", ") + "]"
            default: value = "/" + FuzzText.repeated("x/", length / 2)
            }
            let line = site.setFrontMatter(page, key: key, value: value)
            return "\(page):\(line): \(key): \(FuzzText.shown(value, limit: 20))"
        },
        SiteMutation("fences") { site, rng in
            guard let page = rng.pickPage(site), let range = site.frontMatterLines(page) else { return nil }
            var lines = site.lines(page)
            let closed = range.upperBound < lines.count
            let description: String
            switch rng.int(0...5) {
            case 0 where closed:
                lines.remove(at: range.upperBound)
                description = "closing --- removed"
            case 1:
                lines.removeFirst()
                description = "opening --- removed"
            case 2:
                lines.insert(Array("---".utf8), at: 1)
                description = "empty front matter, keys below it"
            case 3:
                let fence = rng.pick(["----", "--- x", "+++", "---\t", " ---"])
                lines[0] = Array(fence.utf8)
                description = "opening fence \(FuzzText.shown(fence))"
            case 4 where closed:
                lines[range.upperBound] = Array("...".utf8)
                description = "front matter closed with ..."
            default:
                lines.insert(Array("---".utf8), at: rng.int(range.lowerBound...range.upperBound))
                description = "an extra --- in the front matter"
            }
            site.setLines(page, lines)
            return "\(page): \(description)"
        },
        SiteMutation("site.yaml") { site, rng in
            let key = rng.pick(["title", "base_url", "language", "timezone", "paginate", "feed_limit", "unsafe_html", "extra"])
            let value = rng.pick(oddValues + hugeNumbers + siteValues)
            let line = site.setYAMLKey("site.yaml", key: key, value: value)
            return "site.yaml:\(line): \(key): \(FuzzText.shown(value))"
        },
    ]
}

extension SplitMix64 {
    /// A page of `site`, nil when it has none.
    mutating func pickPage(_ site: FuzzSite) -> String? {
        let pages = site.pages
        return pages.isEmpty ? nil : pick(pages)
    }
}
