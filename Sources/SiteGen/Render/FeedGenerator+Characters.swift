extension FeedGenerator {
    /// A warning for each text a feed shows that holds a character XML forbids, which the feed
    /// leaves out: at the key it was written under, so that the author can remove what no reader
    /// can see rather than wonder why the feed differs from the page.
    func forbiddenCharacterWarnings() -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        for (key, text) in [("title", site.config.title), ("description", site.config.description), ("author", site.config.author)] {
            if let warning = Self.warning(key, text, file: SiteConfig.file, at: nil) { warnings.append(warning) }
        }
        for page in shownPages() {
            let matter = page.frontMatter
            var texts = [("title", page.title, matter.positions["title"]), ("summary", matter.summary ?? "", matter.positions["summary"])]
            texts += page.tags.indices.map { ("tags", page.tags[$0], matter.position(of: "tags", item: $0)) }
            for (key, text, position) in texts {
                if let warning = Self.warning(key, text, file: page.sourcePath, at: position) { warnings.append(warning) }
            }
            if let scalar = Self.firstForbidden(page.content.html) {
                warnings.append(Diagnostic(file: page.sourcePath, severity: .warning,
                                           message: "the text holds \(Self.name(scalar)), which XML does not allow; the feeds leave it out",
                                           hint: Self.hint))
            }
        }
        return warnings
    }

    private static let hint = "remove the character: it shows as nothing or as a box, and usually comes from a damaged copy"

    private static func warning(_ key: String, _ text: String, file: String, at position: SourcePosition?) -> Diagnostic? {
        guard let scalar = firstForbidden(text) else { return nil }
        return Diagnostic(file: file, line: position?.line, column: position?.column, severity: .warning,
                          message: "'\(key)' holds \(name(scalar)), which XML does not allow; the feeds leave it out", hint: hint)
    }

    private static func firstForbidden(_ text: String) -> Unicode.Scalar? {
        guard XMLText.hasForbiddenCharacters(text) else { return nil }
        return text.unicodeScalars.first { !XMLText.isAllowed($0) }
    }

    private static func name(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
