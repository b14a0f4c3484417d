import Foundation

/// Decides a page's slug: front matter's `slug`, else the file name without a leading date.
enum PageSlug {
    static func resolve(file: SourceFile, frontMatter: FrontMatter) -> Result<String, Diagnostic> {
        if let explicit = frontMatter.slug {
            let position = frontMatter.positions["slug"]
            func failure(_ message: String, _ hint: String) -> Result<String, Diagnostic> {
                .failure(Diagnostic(file: file.path, line: position?.line, column: position?.column, message: message, hint: hint))
            }
            if explicit.containsUTF8Byte(UInt8(ascii: "/")) || explicit.containsUTF8Byte(UInt8(ascii: "\\"))
                || explicit.trimmingWhitespace.allSatisfy({ $0 == "." }) {
                return failure("slug '\(explicit)' would leave the page's folder; a slug is one URL segment",
                               "use letters, digits and '-', like 'a-melody-for-mi'")
            }
            let slug = Slug.make(explicit)
            if slug.isEmpty {
                return failure("slug '\(explicit)' has no letters or digits", "use letters, digits and '-', like 'a-melody-for-mi'")
            }
            if !OutputPath.fitsSegment(slug) {
                return failure("slug '\(explicit.count > 40 ? explicit.prefix(40) + "…" : explicit)' makes a URL segment of \(slug.utf8.count) bytes, more than the \(OutputPath.segmentLimit) a file name can have",
                               "use a shorter slug")
            }
            return .success(slug)
        }
        let slug = Slug.make(dropDatePrefix(file.baseName))
        if slug.isEmpty {
            return .failure(Diagnostic(file: file.path, line: 1, column: 1,
                message: "the file name '\(file.fileName)' has no letters or digits to make a URL from",
                hint: "rename the file, or add 'slug: my-page' to its front matter"))
        }
        if !OutputPath.fitsSegment(slug) {
            return .failure(Diagnostic(file: file.path, line: 1, column: 1,
                message: "the file name makes a URL segment of \(slug.utf8.count) bytes, more than the \(OutputPath.segmentLimit) a file name can have",
                hint: "add a shorter 'slug: my-page' to its front matter"))
        }
        return .success(slug)
    }

    /// `2021-07-29-a-melody-for-mi` → `a-melody-for-mi`.
    static func dropDatePrefix(_ name: String) -> String {
        let bytes = Array(name.utf8)
        guard bytes.count > 11 else { return name }
        let isDigit = { (b: UInt8) in b >= 48 && b <= 57 }
        let shape = bytes[0..<4].allSatisfy(isDigit) && bytes[4] == 45 && bytes[5..<7].allSatisfy(isDigit)
            && bytes[7] == 45 && bytes[8..<10].allSatisfy(isDigit) && (bytes[10] == 45 || bytes[10] == 95)
        return shape ? String(name.dropFirst(11)) : name
    }
}
