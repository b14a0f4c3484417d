import Foundation

/// One page of the archive read straight from its Markdown file, naively and without sitegen,
/// so that what the search page must find comes from the content rather than from the code
/// under test.
struct ContentSource {
    var path: String
    var title: String
    var url: String
    /// `YYYY-MM-DD`, or nil for an undated page.
    var date: String?
    var tags: [String]
    var summary: String
    /// The Markdown body with link destinations and HTML tags taken out: the text a reader sees.
    var body: String

    /// Every page of `Content/` that a build publishes in `language` (nil: the default one): no
    /// `_index.md`, no drafts, nothing dated after today. A translation (`name.zh.md`) takes its
    /// original's date and tags, its tags shown by the names `tagNames` gives them.
    static func archive(root: URL = Repository.root, language: String? = nil, tagNames: [String: String] = [:]) throws -> [ContentSource] {
        let content = root.appendingPathComponent("Content")
        let files = TemporaryFolder.files(in: content, withExtensions: ["md"])
        let today = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "Asia/Shanghai")!,
                                                formatOptions: [.withFullDate])
        func relative(_ file: URL) -> String {
            String(file.standardizedFileURL.path.dropFirst(content.standardizedFileURL.path.count + 1))
        }
        // `name.xx.md`, `name.xx-YY.md`: a translation.
        let translation = #"\.[a-z]{2,3}(-[A-Za-z0-9]+)?\.md$"#
        var originals: [String: ContentSource] = [:]
        for file in files where file.lastPathComponent != "_index.md" && relative(file).range(of: translation, options: .regularExpression) == nil {
            if let page = try ContentSource(relative(file), text: String(contentsOf: file, encoding: .utf8)) { originals[page.path] = page }
        }
        let pages: [ContentSource]
        if let language {
            let suffix = "." + language + ".md"
            pages = try files.compactMap { file in
                let name = relative(file)
                guard name.hasSuffix(suffix), !file.lastPathComponent.hasPrefix("_index."),
                      let original = originals["Content/" + name.dropLast(suffix.count) + ".md"],
                      var page = try ContentSource(name, text: String(contentsOf: file, encoding: .utf8)) else { return nil }
                page.url = "/" + language + original.url
                page.date = page.date ?? original.date
                page.tags = (page.tags.isEmpty ? original.tags : page.tags).map { tagNames[$0] ?? $0 }
                return page
            }
        } else {
            pages = Array(originals.values)
        }
        return pages.filter { ($0.date ?? today) <= today }.sorted { $0.path < $1.path }
    }

    private init?(_ relative: String, text: String) throws {
        let parts = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n---\n")
        guard parts.count >= 2, parts[0].hasPrefix("---\n") else { throw SiteCheckError("\(relative): no front matter") }
        var fields: [String: String] = [:]
        var blockTags: [String] = []
        for line in parts[0].dropFirst(4).split(separator: "\n") {
            if line.hasPrefix("  - ") { blockTags.append(Self.unquote(line.dropFirst(4))) }
            guard let colon = line.firstIndex(of: ":"), !line.hasPrefix(" ") else { continue }
            fields[String(line[..<colon])] = Self.unquote(line[line.index(after: colon)...])
        }
        guard fields["draft"] != "true", let title = fields["title"] else { return nil }
        let body = parts.dropFirst().joined(separator: "\n---\n")
            .replacingOccurrences(of: #"\]\([^)]*\)"#, with: "]", options: .regularExpression)
            .replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression)
        var components = relative.split(separator: "/").map(String.init)
        // A page folder, `section/slug/index.md`, is named by its folder.
        if components.count > 1, components[components.count - 1].hasPrefix("index.") { components.removeLast() } else {
            components[components.count - 1] = String(components[components.count - 1].dropLast(3))
        }
        let name = components[components.count - 1]
            .replacingOccurrences(of: #"^\d{4}-\d{2}-\d{2}-"#, with: "", options: .regularExpression)
        let slug = fields["slug"] ?? name
        path = "Content/" + relative
        self.title = title
        url = "/" + (components.count > 1 ? components[0] + "/" : "") + slug + "/"
        date = fields["date"].map { String($0.prefix(10)) }
        let flowTags = fields["tags"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) } ?? ""
        tags = flowTags.split(separator: ",").map { Self.unquote($0) }.filter { !$0.isEmpty } + blockTags
        summary = fields["summary"] ?? ""
        self.body = body
    }

    private static func unquote(_ text: Substring) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, let first = trimmed.first, first == "\"" || first == "'", trimmed.last == first else { return trimmed }
        return String(trimmed.dropFirst().dropLast()).replacingOccurrences(of: "\\\"", with: "\"")
    }

    /// 3 when `word` is in the title, 2 in a tag, 1 in the summary or body, nil when nowhere:
    /// a whole word for Latin letters, case-insensitively; anywhere for Chinese.
    func weight(of word: String) -> Int? {
        if Self.text(title, contains: word) { return 3 }
        if tags.contains(where: { Self.text($0, contains: word) }) { return 2 }
        if Self.text(summary, contains: word) || Self.text(body, contains: word) { return 1 }
        return nil
    }

    static func text(_ text: String, contains word: String) -> Bool {
        guard word.unicodeScalars.allSatisfy({ $0.isASCII }) else { return text.contains(word) }
        let pattern = #"(?<![\p{L}\p{N}])"# + NSRegularExpression.escapedPattern(for: word) + #"(?![\p{L}\p{N}])"#
        return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
    }

    /// The pages holding `word`, in the order the search page must list them: best place, then
    /// newest (undated last), then title and file, as every list of the site orders pages.
    static func ranked(_ pages: [ContentSource], word: String) -> [ContentSource] {
        pages.compactMap { page in page.weight(of: word).map { (page, $0) } }
            .sorted { a, b in
                if a.1 != b.1 { return a.1 > b.1 }
                if a.0.date != b.0.date { return (a.0.date ?? "") > (b.0.date ?? "") }
                return (a.0.title, a.0.path) < (b.0.title, b.0.path)
            }
            .map(\.0)
    }
}
