/// The theme's assets as templates name them (`{{assets.style_css}}`): a name no asset has
/// would render as nothing, a page without its stylesheet and not a word said, so it is an error.
extension TemplateLibrary {
    /// A tag naming an asset, where a template has it.
    struct AssetTag: Sendable, Equatable {
        static let prefix = "assets."

        /// `Templates/base.mustache`.
        var file: String
        /// As written after `assets.`: `style_css`.
        var name: String
        var line: Int
        var column: Int

        /// The tags of `text` that show or test an asset: `{{assets.x}}`, `{{{assets.x}}}`,
        /// `{{&assets.x}}`, `{{#assets.x}}`, `{{^assets.x}}`.
        static func all(in text: String, file: String) -> [AssetTag] {
            TemplateError.tags(in: text).compactMap { tag in
                guard " &{#^".contains(tag.sigil), tag.name.hasPrefix(prefix), tag.name.count > prefix.count else { return nil }
                return AssetTag(file: file, name: String(tag.name.dropFirst(prefix.count)), line: tag.line, column: tag.column)
            }
        }
    }

    /// Each tag naming an asset not among `names` (`AssetFingerprints.urls`' keys), naming those there are.
    func unknownAssets(_ names: Set<String>) -> [Diagnostic] {
        let known = names.sorted().map { Self.AssetTag.prefix + $0 }
        return assetTags.filter { !names.contains($0.name) }.map { tag in
            Diagnostic(file: tag.file, line: tag.line, column: tag.column,
                       message: "'\(Self.AssetTag.prefix)\(tag.name)' names no asset of the theme",
                       hint: known.isEmpty
                           ? "the theme has no assets: put the file in \(Self.folder)/assets/"
                           : "the assets are \(known.joined(separator: ", ")); a name is the file's path below \(Self.folder)/assets/ "
                               + "with each character but letters and digits made _")
        }
    }
}
