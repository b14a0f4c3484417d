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

    /// What the theme's links made the load leave out, to show even when the build succeeds.
    public let warnings: [Diagnostic]
    let oversized = OversizedNames()
    /// Every `{{assets.name}}` of the templates, at its file, line and column.
    let assetTags: [AssetTag]

    /// Compiles every template; reports each syntax error, each partial that does not exist and
    /// each template that includes itself, at its template file and line.
    public static func load(root: URL) -> Result<TemplateLibrary, BuildFailure> {
        let found = TemplateFiles(root: root)
        var sources: [(name: String, path: String, text: String)] = []
        var diagnostics = found.errors
        for file in found.files {
            guard let data = FileContents.read(root.appendingPathComponent(file.path).path)?.data else {
                diagnostics.append(Diagnostic(file: file.path, message: "cannot read the template", hint: "make it a readable file"))
                continue
            }
            guard let text = String(validatingUTF8Data: data) else {
                diagnostics.append(TemplateError.notUTF8(data, file: file.path))
                continue
            }
            sources.append((file.name, file.path, text))
        }

        var library = MustacheLibrary()
        // A page's card is the same in every list that shows it; page values never change
        // within a build, which the memo asks of the objects it records partials on.
        library.partialMemo = MustachePartialMemo(byteLimit: Self.memoBytes(pages: 0))
        var includes: [String: [String]] = [:]
        for source in sources {
            do {
                let template = try MustacheTemplate(string: source.text)
                library.register(template, named: source.name)
                includes[source.name] = template.partialNames
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(TemplateError.diagnostic(for: error, file: source.path, text: source.text))
            } catch {
                diagnostics.append(Diagnostic(file: source.path, message: "cannot compile the template: \(error)"))
            }
        }
        let names = Set(sources.map(\.name))
        // A template found but not read or compiled is reported as such, not as missing.
        let present = Set(found.files.map(\.name))
        for source in sources {
            for reference in TemplateError.partialReferences(in: source.text) where !present.contains(reference.name) {
                let name = reference.name
                let outside = found.linksOutside.contains(reference.name)
                diagnostics.append(Diagnostic(
                    file: source.path, line: reference.line, column: reference.column,
                    message: outside ? "template '\(name)' is a link to a file outside the site's folder, which is not read"
                        : "template '\(name)' does not exist",
                    hint: outside ? "copy the file into \(folder)/ instead of linking to it"
                        : "create \(folder)/\(name)\(fileExtension), or fix the name"))
            }
        }
        diagnostics += TemplateCycles.diagnostics(includes: includes, sources: sources.map { ($0.name, $0.path, $0.text) })
        for required in requiredNames where !present.contains(required) {
            let outside = found.linksOutside.contains(required)
            diagnostics.append(Diagnostic(
                file: "\(folder)/\(required)\(fileExtension)",
                message: outside ? "the theme's '\(required)' template is a link to a file outside the site's folder, which is not read"
                    : "the theme has no '\(required)' template",
                hint: outside ? "copy the file into \(folder)/ instead of linking to it"
                    : "every theme needs the templates \(requiredNames.joined(separator: ", "))"))
        }
        guard diagnostics.isEmpty else { return .failure(BuildFailure(diagnostics)) }
        var digest = ContentDigest.Builder()
        for source in sources {
            digest.add(source.name)
            digest.add(source.text)
        }
        return .success(TemplateLibrary(library: library, names: names, digest: digest.digest, warnings: found.warnings,
                                        assetTags: sources.flatMap { AssetTag.all(in: $0.text, file: $0.path) }))
    }

    /// Room in the partial memo for a card of each of `pages`: with room for only part of a large
    /// site's cards, lists render the rest again and grow slower a page as the site grows. At
    /// least 8 MiB, for a small site with large cards.
    static func memoBytes(pages: Int) -> Int { max(8 << 20, pages * 640) }

    /// Sizes the partial memo for a site of `pages`.
    func prepare(pages: Int) {
        library.partialMemo?.byteLimit = Self.memoBytes(pages: pages)
    }

    /// Renders `context` with the named template. Once a render stopped over a limit, the build
    /// fails, and nothing more is rendered: every page of a theme that repeats itself without
    /// end would take as long again.
    func render(_ name: String, _ context: [String: Any]) -> String {
        guard oversized.isEmpty, let rendering = library.renderMeasured(context, withTemplate: name) else { return "" }
        if rendering.text.utf8.count > MustacheTemplate.maximumOutputBytes { oversized.insert(name, .output) }
        if let overrun = rendering.overrun { oversized.insert(name, .steps(overrun)) }
        return rendering.text
    }

    /// Templates whose render stopped at `MustacheTemplate.maximumOutputBytes` or
    /// `maximumSteps`, as errors: at the outermost repeating section it was in, when known.
    func oversizedRenders() -> [Diagnostic] {
        let hint = "sections nested in one another repeat their content once for every item of each: "
            + "{{#pages}} inside {{#pages}} lists every page once per page"
        return oversized.found.map { name, limit in
            let file = "\(Self.folder)/\(name)\(Self.fileExtension)"
            guard case .steps(let overrun) = limit else {
                return Diagnostic(file: file, message: "a page rendered with this template grew past \(MustacheTemplate.maximumOutputBytes >> 20) MiB",
                                  hint: hint)
            }
            let steps = "a page rendered with \(overrun.template == name ? "this template" : "the template '\(name)'") took more than "
                + "\(MustacheTemplate.maximumSteps / 1_000_000) million steps and was stopped"
            guard let section = overrun.template, let line = overrun.line else { return Diagnostic(file: file, message: steps, hint: hint) }
            return Diagnostic(file: "\(Self.folder)/\(section)\(Self.fileExtension)", line: line, column: overrun.column,
                              message: steps + ", inside this section and those it holds", hint: hint)
        }
    }

    /// The limit a template's render passed.
    enum Limit {
        case output
        case steps(MustacheOverrun)
    }

    /// The templates `render` found over a limit, from any thread.
    final class OversizedNames: @unchecked Sendable {
        private let lock = NSLock()
        private var limits: [String: Limit] = [:]
        func insert(_ name: String, _ limit: Limit) { lock.withLock { limits[name] = limits[name] ?? limit } }
        var isEmpty: Bool { lock.withLock { limits.isEmpty } }
        var found: [(String, Limit)] { lock.withLock { limits.sorted { $0.key < $1.key } } }
    }
}
