/// Images written without alt text, which a reader who cannot see them is told nothing of.
enum AltText {
    static func problems(in pages: [Page], severity: Diagnostic.Severity) -> [Diagnostic] {
        pages.flatMap { page in
            var problems = page.content.links.filter { $0.isImage && !$0.hasText }.map { link in
                Diagnostic(file: page.sourcePath, line: link.line, column: link.column, severity: severity,
                           message: "image '\(link.destination)' has no alt text",
                           hint: "say what it shows between the brackets: ![a mug with the logo](\(link.destination))")
            }
            if case .string(let image)? = page.frontMatter.params[PageImage.key], PageImage.alt(of: page) == nil {
                let position = page.frontMatter.positions[PageImage.key]
                problems.append(Diagnostic(file: page.sourcePath, line: position?.line, column: position?.column, severity: severity,
                                           message: "image '\(image)' has no alt text",
                                           hint: "say what it shows in the front matter: image_alt: a mug with the logo"))
            }
            return problems
        }
    }
}
