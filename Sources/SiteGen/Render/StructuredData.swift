/// JSON-LD for `<head>`: `Article` for a page, `CollectionPage` for every list, so that search
/// engines and link previews know what they are looking at.
enum StructuredData {
    static func article(_ page: Page, context: ContextBuilder) -> String {
        let publisher = JSONText.object(["@type": .string("Organization"), "name": .string(context.config.author.isEmpty ? context.config.title : context.config.author)])
        let permalink = context.permalink(page.outputPath)
        var value: [String: JSONText] = [
            "@context": .string("https://schema.org"),
            "@type": .string("Article"),
            "headline": .string(page.title),
            "url": .string(permalink),
            "mainEntityOfPage": .string(permalink),
            "inLanguage": .string(context.config.language),
            "author": publisher,
            "publisher": publisher,
        ]
        if !page.summary.isEmpty { value["description"] = .string(page.summary.shortened(to: ContextBuilder.descriptionLimit)) }
        if !page.tags.isEmpty {
            let names = context.config.currentLanguage?.tagNames ?? [:]
            value["keywords"] = .string(page.tags.map { names[Slug.make($0)] ?? $0 }.joined(separator: ", "))
        }
        if let date = page.date {
            value["datePublished"] = .string(context.dates.rfc3339(date))
            value["dateModified"] = .string(context.dates.rfc3339(page.frontMatter.updated ?? date))
        }
        if let period = page.frontMatter.period { value["temporalCoverage"] = .string(ContextBuilder.temporalCoverage(period)) }
        guard !page.frontMatter.sources.isEmpty else { return JSONText.object(value).text }
        return objectText(value, lists: ["citation": page.frontMatter.sources.map { citation($0, context: context) }])
    }

    /// An object some of whose members are lists, written as `JSONText` writes objects (keys
    /// sorted, the same escapes), which has no list of its own.
    static func objectText(_ members: [String: JSONText], lists: [String: [JSONText]]) -> String {
        var out: [UInt8] = [UInt8(ascii: "{")]
        for (index, key) in Set(members.keys).union(lists.keys).sorted().enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            JSONText.quote(key, to: &out)
            out.append(UInt8(ascii: ":"))
            if let list = lists[key] {
                out.append(UInt8(ascii: "["))
                for (position, item) in list.enumerated() {
                    if position > 0 { out.append(UInt8(ascii: ",")) }
                    item.write(to: &out)
                }
                out.append(UInt8(ascii: "]"))
            } else {
                members[key]!.write(to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }

    /// A source as schema.org's `CreativeWork`: who wrote it as `author` (a `Person`), who
    /// published it as `publisher` (an `Organization`), the day as `datePublished`.
    static func citation(_ source: SourceCitation, context: ContextBuilder) -> JSONText {
        var value: [String: JSONText] = ["@type": .string("CreativeWork"), "name": .string(source.title)]
        if let author = source.author { value["author"] = .object(["@type": .string("Person"), "name": .string(author)]) }
        if let publisher = source.publisher { value["publisher"] = .object(["@type": .string("Organization"), "name": .string(publisher)]) }
        if let date = source.date { value["datePublished"] = .string(context.dates.short(date)) }
        if let url = source.url { value["url"] = .string(url) }
        return .object(value)
    }

    static func collection(title: String, description: String, path: OutputPath, context: ContextBuilder) -> String {
        var value: [String: JSONText] = [
            "@context": .string("https://schema.org"),
            "@type": .string("CollectionPage"),
            "name": .string(title),
            "url": .string(context.permalink(path)),
            "inLanguage": .string(context.config.language),
            "isPartOf": .object(["@type": .string("WebSite"), "name": .string(context.config.title), "url": .string(context.permalink(.root))]),
        ]
        if !description.isEmpty { value["description"] = .string(description) }
        return JSONText.object(value).text
    }
}
