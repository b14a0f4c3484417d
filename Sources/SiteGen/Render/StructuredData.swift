import Foundation

/// JSON-LD for `<head>`: `Article` for a page, `CollectionPage` for every list, so that search
/// engines and link previews know what they are looking at.
enum StructuredData {
    static func article(_ page: Page, context: ContextBuilder) -> String {
        let publisher: [String: Any] = ["@type": "Organization", "name": context.config.author.isEmpty ? context.config.title : context.config.author]
        var value: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": page.title,
            "url": context.permalink(page.outputPath),
            "mainEntityOfPage": context.permalink(page.outputPath),
            "inLanguage": context.config.language,
            "author": publisher,
            "publisher": publisher,
        ]
        if !page.summary.isEmpty { value["description"] = page.summary }
        if !page.tags.isEmpty { value["keywords"] = page.tags.joined(separator: ", ") }
        if let date = page.date {
            value["datePublished"] = context.dates.rfc3339(date)
            value["dateModified"] = context.dates.rfc3339(page.frontMatter.updated ?? date)
        }
        return encode(value)
    }

    static func collection(title: String, description: String, path: OutputPath, context: ContextBuilder) -> String {
        var value: [String: Any] = [
            "@context": "https://schema.org",
            "@type": "CollectionPage",
            "name": title,
            "url": context.permalink(path),
            "inLanguage": context.config.language,
            "isPartOf": ["@type": "WebSite", "name": context.config.title, "url": context.permalink(.root)],
        ]
        if !description.isEmpty { value["description"] = description }
        return encode(value)
    }

    /// Sorted keys keep output byte-identical between builds; escaped slashes keep `</script>`
    /// inside a value from closing the script element.
    private static func encode(_ value: [String: Any]) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
