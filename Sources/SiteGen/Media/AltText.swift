/// Images written without alt text, which a reader who cannot see them is told nothing of.
enum AltText {
    static func problems(in pages: [Page], severity: Diagnostic.Severity) -> [Diagnostic] {
        pages.flatMap { page in
            page.content.links.filter { $0.isImage && !$0.hasText }.map { link in
                Diagnostic(file: page.sourcePath, line: link.line, column: link.column, severity: severity,
                           message: "image '\(link.destination)' has no alt text",
                           hint: "say what it shows between the brackets: ![a mug with the logo](\(link.destination))")
            }
        }
    }
}
