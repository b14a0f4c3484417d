import Foundation

/// A translation stub for `sitegen new --lang <code> <section>/<slug>`: beside the original
/// (`city-cup.zh.md`, or `index.zh.md` in a page's folder), its front matter carried over but the
/// keys a translation never inherits, the body left to write.
public enum TranslationScaffold {
    /// Writes the stub of `target`'s translation into `code`, refusing to overwrite.
    public static func create(root: URL, target: String, code: String) throws(BuildFailure) -> PageScaffold {
        let config = try SiteBuilder.loadConfig(BuildOptions(root: root))
        guard config.translationCodes.contains(code) else {
            let known = config.languages.dropFirst().map(\.code)
            throw BuildFailure([Diagnostic(
                file: "--lang", message: "'\(code)' is not one of the site's other languages",
                hint: known.isEmpty ? "list the site's languages under 'languages:' in site.yaml"
                    : "use one of \(known.joined(separator: ", ")), or add '\(code)' under 'languages:' in site.yaml")])
        }
        let name = target.hasSuffix(".md") ? String(target.dropLast(3)) : target
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("\\") }) else {
            throw BuildFailure([Diagnostic(file: target, message: "'\(target)' is not a page of the site",
                                           hint: "write it as <section>/<slug>, like campaigns/city-cup")])
        }
        let candidates = [("\(ContentLoader.folder)/\(name).md", "\(ContentLoader.folder)/\(name).\(code).md"),
                          ("\(ContentLoader.folder)/\(name)/\(SourceFile.bundleFile)", "\(ContentLoader.folder)/\(name)/index.\(code).md")]
        guard let (original, path) = candidates.first(where: { FileManager.default.fileExists(atPath: root.appendingPathComponent($0.0).path) }),
              let data = FileContents.read(root.appendingPathComponent(original).path)?.data,
              let text = String(validatingUTF8Data: data) else {
            throw BuildFailure([Diagnostic(file: target, message: "no page \(candidates[0].0) or \(candidates[1].0) to translate",
                                           hint: "name a page that exists, as <section>/<slug>")])
        }
        guard case .success(let split) = FrontMatter.split(text, file: original) else {
            throw BuildFailure([Diagnostic(file: original, line: 1, column: 1, message: "the page has no front matter to carry over",
                                           hint: "fix the page first: 'sitegen check' says what is wrong")])
        }
        let stub = ["---", "# Translated into \(code). Every key but title may go: the translation takes it from \(original)."]
            + carriedOver(split.yaml) + ["draft: true", "---", "", "Translate the page here; remove `draft: true` above when it is done.", ""]
        do {
            try OutputWriter.createNewFile(stub.joined(separator: "\n"), at: root.appendingPathComponent(path))
        } catch {
            throw BuildFailure([Diagnostic(file: path, message: "the translation already exists; sitegen new never overwrites",
                                           hint: "edit \(path)")])
        }
        return PageScaffold(path: path, text: stub.joined(separator: "\n"), url: config.basePath + "/\(code)/…")
    }

    /// The front matter's lines but those of the keys a translation has of its own (`slug`,
    /// `summary`, `updated`, `aliases`, `draft`), with their continuation lines.
    static func carriedOver(_ yaml: String) -> [String] {
        var lines: [String] = []
        var skipping = false
        for line in yaml.split(separator: "\n", omittingEmptySubsequences: false).map({ String($0.trimmingSuffix("\r")) }) {
            let topLevel = !line.hasPrefix(" ") && !line.hasPrefix("\t") && !line.hasPrefix("-") && !line.isEmpty
            if topLevel {
                let key = line.split(separator: ":", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                skipping = FrontMatter.ownKeys.contains(key)
            }
            if !skipping, !line.isEmpty { lines.append(line) }
        }
        return lines
    }
}

private extension Substring {
    func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
