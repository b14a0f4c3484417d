import Foundation

/// A new page for `sitegen new <section>/<slug>`: its path, its front matter and a short body.
public struct PageScaffold: Sendable {
    /// e.g. `Content/articles/my-page.md`
    public var path: String
    public var text: String
    /// The URL the page will have once it is published.
    public var url: String

    /// Validates `target` (`section/slug`, or just `slug` for a top-level page) and writes the
    /// front matter: title, today's date in the site's time zone, tags, `draft: true`.
    public static func make(target: String, title: String?, tags: [String], date: Date, config: SiteConfig) -> Result<PageScaffold, Diagnostic> {
        let parts = target.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        func refuse(_ message: String) -> Result<PageScaffold, Diagnostic> {
            .failure(Diagnostic(file: target, message: message, hint: "write it as <section>/<slug>, like articles/my-page"))
        }
        guard (1...2).contains(parts.count) else { return refuse("'\(target)' has \(parts.count) parts; expected <section>/<slug>") }
        for part in parts where part.isEmpty || part == "." || part == ".." || part.contains("\\") || part.hasPrefix(".") {
            return refuse(part.isEmpty ? "'\(target)' has an empty section or slug" : "'\(part)' would leave Content/")
        }
        let slug = Slug.make(parts.last!.hasSuffix(".md") ? String(parts.last!.dropLast(3)) : parts.last!)
        let section = parts.count == 2 ? Slug.make(parts[0]) : nil
        guard !slug.isEmpty, section?.isEmpty != true else { return refuse("'\(target)' has no letters or digits to make a URL from") }

        let pageTitle = title ?? slug.replacingOccurrences(of: "-", with: " ").capitalized
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = config.timeZone
        let day = calendar.dateComponents([.year, .month, .day], from: date)
        var lines = ["---", "title: \(yamlQuoted(pageTitle))", String(format: "date: %04d-%02d-%02d", day.year!, day.month!, day.day!)]
        if !tags.isEmpty { lines.append("tags: [\(tags.map(yamlQuoted).joined(separator: ", "))]") }
        lines += ["draft: true", "---", "", "Write the first paragraph here: it becomes the summary in lists.", "",
                  "## A heading", "", "More text. Remove `draft: true` above when the page is ready.", ""]
        let folder = [ContentLoader.folder] + (section.map { [$0] } ?? [])
        let output = OutputPath(components: (section.map { [$0] } ?? []) + [slug])
        return .success(PageScaffold(path: (folder + ["\(slug).md"]).joined(separator: "/"),
                                     text: lines.joined(separator: "\n"), url: config.basePath + output.url))
    }

    /// Double-quotes a YAML scalar, so that titles like `No`, `1.10` or `A: B` stay text.
    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

extension PageScaffold {
    /// `sitegen new`: reads `site.yaml`, makes the page and writes it, refusing to overwrite.
    /// `tags` is comma-separated; `date` is YYYY-MM-DD, or nil for today in the site's zone.
    public static func create(root: URL, target: String, title: String?, tags: String?, date: String?,
                              now: Date = Date()) throws(BuildFailure) -> PageScaffold {
        let config = try SiteBuilder.loadConfig(BuildOptions(root: root))
        var day = now
        if let date {
            guard let parsed = DateValue.parse(date, timeZone: config.timeZone) else {
                throw BuildFailure([Diagnostic(file: "--date", message: "'\(date)' is not a date", hint: DateValue.hint)])
            }
            day = parsed
        }
        let tagList = (tags ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let scaffold: PageScaffold
        switch make(target: target, title: title, tags: tagList, date: day, config: config) {
        case .success(let made): scaffold = made
        case .failure(let diagnostic): throw BuildFailure([diagnostic])
        }
        do {
            try OutputWriter.createNewFile(scaffold.text, at: root.appendingPathComponent(scaffold.path))
        } catch {
            throw BuildFailure([error])
        }
        return scaffold
    }
}
