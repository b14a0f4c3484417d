/// Mutations of the theme's Mustache templates and partials.
enum TemplateMutations {
    static let brokenTags = [
        "{{#pages}}", "{{/pages}}", "{{^page.tags}}", "{{#a}}{{#b}}{{/a}}{{/b}}", "{{{page.title}}", "{{page.title", "{{! unclosed comment",
        "{{}}", "{{#}}{{/}}", "{{&page.content}}", "{{$block}}", "{{<nope}}{{/nope}}", "{{<base}}", "{{.}}", "{{..}}", "{{page..title}}",
        "{{#site}}{{#site}}{{#site}}{{site.title}}{{/site}}{{/site}}{{/site}}", "{{# pages }}{{/ pages }}", "{{\u{0}}}", "{{\u{202E}x}}",
    ]

    static let unknownPartials = [
        "{{> nope}}", "{{> partials/nope}}", "{{> ../../../../etc/passwd}}", "{{> /etc/passwd}}", "{{> partials/}}", "{{>}}",
        "{{> assets/site.css}}", "{{> partials/tag-list.mustache}}", "{{> .hidden}}", "{{> partials/\u{0}}}", "{{> \(FuzzText.repeated("x", 300))}}",
    ]

    static let delimiters = [
        "{{=<% %>=}}<% page.title %>", "{{=| |=}}|#pages||/pages|", "{{=x=}}", "{{= =}}", "{{=<% %>=}}<%#pages%>", "{{=[[ ]]=}}{{x}}[[={{ }}=]]",
        "{{=<< >>=}}<<> partials/tag-list>>", "{{=%% %%=}}%%{page.content}%%",
    ]

    static let all: [SiteMutation] = [
        SiteMutation("broken tag") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let tag = rng.pick(brokenTags)
            site.insert(Array(tag.utf8), into: template, using: &rng)
            return "\(template): \(FuzzText.shown(tag))"
        },
        SiteMutation("unknown partial") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let tag = rng.pick(unknownPartials)
            site.insert(Array(tag.utf8), into: template, using: &rng)
            return "\(template): \(FuzzText.shown(tag))"
        },
        SiteMutation("partial cycle") { site, rng in
            switch rng.int(0...3) {
            case 0:
                let include = Array("{{#page.tags}}{{> partials/tag-list}}{{/page.tags}}".utf8)
                site.insert(include, into: "Templates/partials/tag-list.mustache", using: &rng)
                return "Templates/partials/tag-list.mustache includes itself"
            case 1:
                site["Templates/partials/a.mustache"] = .file(Array("a{{> partials/b}}".utf8))
                site["Templates/partials/b.mustache"] = .file(Array("b{{#page}}{{> partials/a}}{{/page}}".utf8))
                site.insert(Array("{{> partials/a}}".utf8), into: "Templates/partials/tag-list.mustache", using: &rng)
                return "partials/a and partials/b include each other, from partials/tag-list"
            case 2:
                guard let template = rng.pickTemplate(site) else { return nil }
                let name = template.dropFirst("Templates/".count).dropLast(".mustache".count)
                site.insert(Array("{{> \(name)}}".utf8), into: template, using: &rng)
                return "\(template) includes itself"
            default:
                site["Templates/base.mustache"] = .file(Array("<html>{{<page}}{{/page}}{{$main}}{{/main}}</html>".utf8))
                site["Templates/page.mustache"] = .file(Array("{{<base}}{{$main}}{{page.title}}{{/main}}{{/base}}".utf8))
                return "page extends base, which extends page"
            }
        },
        SiteMutation("set delimiters") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let tag = rng.pick(delimiters)
            site.insert(Array(tag.utf8), into: template, using: &rng)
            return "\(template): \(FuzzText.shown(tag))"
        },
        SiteMutation("invalid UTF-8") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let bytes = rng.pick(MarkdownMutations.invalidUTF8)
            site.insert(bytes, into: template, using: &rng)
            return "\(template): bytes \(bytes.map { String($0, radix: 16) }) inserted"
        },
        SiteMutation("deep sections") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let depth = rng.pick([100, 2_000, 10_000]), name = rng.pick(["page", "site", "x", "pages"])
            let text = FuzzText.repeated("{{#\(name)}}", depth) + "." + FuzzText.repeated("{{/\(name)}}", depth)
            site.insert(Array(text.utf8), into: template, using: &rng)
            return "\(template): {{#\(name)}} nested \(depth) deep"
        },
        SiteMutation("odd characters") { site, rng in
            guard let template = rng.pickTemplate(site) else { return nil }
            let text = rng.pick(["\r\n{{#pages}}\r\n", "\u{FEFF}", "\r", "\u{0}", "{{page.title}}\u{1B}[2J", "\u{FFFE}", ""])
            if text.isEmpty {
                site[template] = .file([])
                return "\(template): emptied"
            }
            site.insert(Array(text.utf8), into: template, using: &rng)
            return "\(template): \(FuzzText.shown(text)) inserted"
        },
    ]
}

extension SplitMix64 {
    /// A template of `site`, nil when it has none.
    mutating func pickTemplate(_ site: FuzzSite) -> String? {
        let templates = site.templates
        return templates.isEmpty ? nil : pick(templates)
    }
}
