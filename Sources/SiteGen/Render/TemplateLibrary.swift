import Foundation
import Mustache

/// The theme's templates, read from `Templates/**/*.mustache` and compiled once per build.
/// A template is named by its path without the extension: `page`, `partials/head`.
public struct TemplateLibrary: Sendable {
    public static let folder = "Templates"
    static let fileExtension = ".mustache"
    /// The page types every theme must render.
    static let requiredNames = ["home", "page", "section", "tags", "tag", "archive", "404"]

    let library: MustacheLibrary
    public let names: Set<String>
    /// Of every template's name and text: a rebuild whose templates did not change may reuse
    /// pages rendered before.
    public let digest: ContentDigest

    /// Compiles every template; reports each syntax error and each partial that does not exist,
    /// at its template file and line.
    public static func load(root: URL) -> Result<TemplateLibrary, BuildFailure> {
        let base = root.appendingPathComponent(folder)
        var sources: [(name: String, path: String, text: String)] = []
        var diagnostics: [Diagnostic] = []
        let enumerator = FileManager.default.enumerator(atPath: base.path)
        while let relative = enumerator?.nextObject() as? String {
            if relative == "assets" || relative.hasPrefix("assets/") {
                enumerator?.skipDescendants()
                continue
            }
            guard relative.hasSuffix(fileExtension) else { continue }
            let path = "\(folder)/\(relative)"
            guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(relative).path),
                  let text = String(validatingUTF8Data: data) else {
                diagnostics.append(Diagnostic(file: path, message: "cannot read the template as UTF-8 text"))
                continue
            }
            sources.append((String(relative.dropLast(fileExtension.count)), path, text))
        }
        sources.sort { $0.name < $1.name }

        var library = MustacheLibrary()
        // A page's card is the same in every list that shows it; page values never change
        // within a build, which the memo asks of the objects it records partials on.
        library.partialMemo = MustachePartialMemo(byteLimit: Self.memoBytes(pages: 0))
        for source in sources {
            do {
                library.register(try MustacheTemplate(string: source.text), named: source.name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(TemplateError.diagnostic(for: error, file: source.path, text: source.text))
            } catch {
                diagnostics.append(Diagnostic(file: source.path, message: "cannot compile the template: \(error)"))
            }
        }
        let names = Set(sources.map(\.name))
        for source in sources {
            for reference in TemplateError.partialReferences(in: source.text) where !names.contains(reference.name) {
                diagnostics.append(Diagnostic(
                    file: source.path, line: reference.line, column: reference.column,
                    message: "template '\(reference.name)' does not exist",
                    hint: "create \(folder)/\(reference.name)\(fileExtension), or fix the name"))
            }
        }
        for required in requiredNames where !names.contains(required) {
            diagnostics.append(Diagnostic(
                file: "\(folder)/\(required)\(fileExtension)", message: "the theme has no '\(required)' template",
                hint: "every theme needs the templates \(requiredNames.joined(separator: ", "))"))
        }
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }
        var digest = ContentDigest.Builder()
        for source in sources {
            digest.add(source.name)
            digest.add(source.text)
        }
        return .success(TemplateLibrary(library: library, names: names, digest: digest.digest))
    }

    /// Room in the partial memo for a card of each of `pages` (some 530 bytes in the theme): when
    /// it held those of 10,000 pages at 50,000, lists took a fifth more time a page than at
    /// 10,000. At least 8 MiB, for a small site with large cards.
    static func memoBytes(pages: Int) -> Int { max(8 << 20, pages * 640) }

    /// Sizes the partial memo for a site of `pages`.
    func prepare(pages: Int) {
        library.partialMemo?.byteLimit = Self.memoBytes(pages: pages)
    }

    /// Renders `context` with the named template.
    func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }
}
