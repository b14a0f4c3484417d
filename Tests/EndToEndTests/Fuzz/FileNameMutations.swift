import Foundation

/// Mutations of the names of the site's files and folders.
enum FileNameMutations {
    static let odd = [
        "my page", " leading", "trailing ", "a  b", "a\nb", "line\r", "tab\t", "%2e%2e", "a#b?", "a:b", ".", "", "-", "😀",
        "\u{202E}dm.exe", "a\\b", "CON", "index", "tags", "search", "feed.xml", "404", "assets", "sitemap.xml", "robots.txt", "page",
        "\u{FEFF}bom", "\u{200B}", "\u{FFFE}", "a\u{0}b".replacingOccurrences(of: "\u{0}", with: "\u{1}"), "Ｆｕｌｌ", "ǅ", "ß", "İ",
    ]

    /// `path` with its last component replaced by `name`.
    static func renamed(_ path: String, _ name: String) -> String {
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        parts[parts.count - 1] = name
        return parts.joined(separator: "/")
    }

    static let all: [SiteMutation] = [
        SiteMutation("NFC and NFD") { site, rng in
            let nfc = "caf\u{E9}", nfd = "cafe\u{301}"
            switch rng.int(0...2) {
            case 0:
                guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
                site[renamed(page, nfc + ".md")] = .file(bytes)
                site[renamed(page, nfd + ".md")] = .file(bytes)
                return "\(renamed(page, nfc)).md saved in NFC and in NFD"
            case 1:
                site["Templates/partials/\(nfc).mustache"] = .file(Array("NFC".utf8))
                site["Templates/partials/\(nfd).mustache"] = .file(Array("NFD".utf8))
                site.insert(Array("{{> partials/\(rng.pick([nfc, nfd]))}}".utf8), into: "Templates/page.mustache", using: &rng)
                return "partials/café in NFC and in NFD, one of them included"
            default:
                guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
                site["Content/r\u{E9}sum\u{E9}/one.md"] = .file(bytes)
                site["Content/re\u{301}sume\u{301}/two.md"] = .file(bytes)
                return "section folder résumé in NFC and in NFD, a copy of \(page) in each"
            }
        },
        SiteMutation("odd name") { site, rng in
            guard let page = rng.pickPage(site) else { return nil }
            let name = rng.pick(odd) + rng.pick([".md", ".md", ".MD", ".md.bak", ".markdown"])
            let target = renamed(page, name)
            if rng.chance(50) { site.move(page, to: target) } else if let bytes = site.bytes(page) { site[target] = .file(bytes) }
            return "\(page) as \(FuzzText.shown(target))"
        },
        SiteMutation("long name") { site, rng in
            guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
            let target: String
            switch rng.int(0...2) {
            case 0: target = renamed(page, FuzzText.repeated("a", 252) + ".md")
            case 1: target = renamed(page, FuzzText.repeated("长", 84) + ".md")
            default: target = "Content/" + (0..<rng.pick([20, 60])).map { "d\($0)" }.joined(separator: "/") + "/deep.md"
            }
            site[target] = .file(bytes)
            return "a copy of \(page) as \(FuzzText.shown(target, limit: 40))"
        },
        SiteMutation("hidden name") { site, rng in
            switch rng.int(0...3) {
            case 0:
                guard let page = rng.pickPage(site) else { return nil }
                let target = renamed(page, "." + (page.split(separator: "/").last.map(String.init) ?? "x.md"))
                site.move(page, to: target)
                return "\(page) renamed to \(target)"
            case 1:
                guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
                let folder = rng.pick([".git", ".well-known", ".drafts"])
                site["Content/\(folder)/x.md"] = .file(bytes)
                return "a copy of \(page) in Content/\(folder)/"
            case 2:
                guard let template = rng.pickTemplate(site) else { return nil }
                let target = renamed(template, "." + (template.split(separator: "/").last.map(String.init) ?? "x.mustache"))
                site.move(template, to: target)
                return "\(template) renamed to \(target)"
            default:
                site["Templates/assets/.env"] = .file(Array("KEY=value\n".utf8))
                site["Templates/assets/.well-known/x.txt"] = .file(Array("x\n".utf8))
                return "Templates/assets/.env and .well-known/x.txt"
            }
        },
        SiteMutation("case only") { site, rng in
            switch rng.int(0...2) {
            case 0:
                guard let page = rng.pickPage(site), let bytes = site.bytes(page), let name = page.split(separator: "/").last else { return nil }
                site[renamed(page, name.uppercased().replacingOccurrences(of: ".MD", with: ".md"))] = .file(bytes)
                return "\(page) also saved in upper case"
            case 1:
                guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
                site["Content/Articles/x.md"] = .file(bytes)
                return "a copy of \(page) as Content/Articles/x.md beside Content/articles/"
            default:
                guard let template = rng.pickTemplate(site), let bytes = site.bytes(template),
                      let name = template.split(separator: "/").last else { return nil }
                site[renamed(template, name.prefix(1).uppercased() + name.dropFirst())] = .file(bytes)
                return "\(template) also saved with a capital"
            }
        },
        SiteMutation("index and _index") { site, rng in
            guard let page = rng.pickPage(site), let bytes = site.bytes(page) else { return nil }
            let target = rng.pick([
                "Content/articles/index.md", "Content/index.md", "Content/articles/first-post/index.md", "Content/campaigns/_index.md",
                "Content/articles/_index.md", "Content/_index.md", "Content/articles/first-post/_index.md",
                "Content/tags/_index.md", "Content/tags/x.md", "Content/search/x.md", "Content/archive/2026.md", "Content/assets/site.css.md",
            ])
            site[target] = .file(bytes)
            return "a copy of \(page) as \(target)"
        },
    ]
}
