import Foundation

extension LanguageVersions {
    /// What `sitegen check` notes of the translations: each page of the default language without
    /// a translation into another language, and each translation older than its original (the
    /// original `updated` after the translation's own `updated`, or date).
    public func translationNotes() -> [Diagnostic] {
        guard let main = codes.first else { return [] }
        var notes: [Diagnostic] = []
        for key in pages.keys.sorted() {
            let found = pages[key]!
            guard let original = found[main] else { continue }
            let missing = codes.dropFirst().filter { found[$0] == nil }
            if !missing.isEmpty {
                notes.append(Diagnostic(file: original.sourcePath, severity: .note,
                                        message: "no translation into \(missing.joined(separator: ", "))",
                                        hint: "'sitegen new --lang \(missing[0]) \(Self.newArgument(original.sourcePath))' starts one"))
            }
            guard let changed = original.frontMatter.updated ?? original.date else { continue }
            for code in codes.dropFirst() {
                guard let translation = found[code], let own = translation.frontMatter.updated ?? translation.date,
                      changed > own else { continue }
                let position = translation.frontMatter.positions["updated"]
                notes.append(Diagnostic(file: translation.sourcePath, line: position?.line, column: position?.column, severity: .note,
                                        message: "older than its original: \(original.sourcePath) was updated after it",
                                        hint: "bring it up to date, then set its 'updated:' to the day you did"))
            }
        }
        return notes
    }

    /// `campaigns/city-cup` of `Content/campaigns/city-cup.md` or `Content/campaigns/city-cup/index.md`.
    static func newArgument(_ sourcePath: String) -> String {
        var path = String(sourcePath.dropFirst("Content/".count))
        if path.hasSuffix("/index.md") { path = String(path.dropLast("/index.md".count)) }
        if path.hasSuffix(".md") { path = String(path.dropLast(3)) }
        return path
    }
}
