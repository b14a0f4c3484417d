/// A nested list of links to a page's headings (levels 2 to 4).
enum TableOfContents {
    static let levels = 2...4

    /// The HTML list, or "" when the page has fewer than two headings to list.
    static func html(_ headings: [Heading]) -> String {
        let items = headings.filter { levels.contains($0.level) }
        guard items.count >= 2 else { return "" }
        var out = "<ul>"
        var open = [items[0].level]
        for (index, heading) in items.enumerated() {
            if index > 0 {
                if heading.level > open.last! {
                    out += "<ul>"
                    open.append(heading.level)
                } else {
                    out += "</li>"
                    while open.count > 1, heading.level < open.last! {
                        out += "</ul></li>"
                        open.removeLast()
                    }
                }
            }
            out += "<li><a href=\"#\(HTML.escape(heading.id))\">\(HTML.escape(heading.text))</a>"
        }
        out += "</li>"
        while open.count > 1 {
            out += "</ul></li>"
            open.removeLast()
        }
        return out + "</ul>"
    }
}
