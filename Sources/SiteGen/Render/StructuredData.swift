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
        if !page.tags.isEmpty { value["keywords"] = .string(page.tags.joined(separator: ", ")) }
        if let date = page.date {
            value["datePublished"] = .string(context.dates.rfc3339(date))
            value["dateModified"] = .string(context.dates.rfc3339(page.frontMatter.updated ?? date))
        }
        return JSONText.object(value).text
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
