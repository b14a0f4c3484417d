import Foundation
import Yams

/// One language of a site, from `languages:` in `site.yaml`. The default language (`language:`)
/// is served at `/`, each other under `/<code>/`.
public struct SiteLanguage: Sendable, Equatable {
    /// A BCP 47 tag as written: `en`, `zh`, `zh-Hant`, `pt-BR`.
    public var code: String
    /// How the language names itself, for the switcher: `English`, `中文`.
    public var name: String
    /// The site's title and description in this language; nil takes the top-level ones.
    public var title: String?
    public var description: String?
    /// Display names of tags in this language, by the slug of the tag's name in the default
    /// language, which stays the tag's identity and URL.
    public var tagNames: [String: String] = [:]
    /// A `Locale` identifier for dates and numbers, when it is not the code itself.
    public var locale: String?

    public init(code: String, name: String? = nil) {
        self.code = code
        self.name = name ?? code
    }

    /// Letters, then `-` and letters or digits: what a language code in a file name may look like.
    static func isCode(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// Decodes `languages:`, reporting each bad entry at its line. The default language is added
    /// first when the list leaves it out; it always comes first.
    static func decodeList(in fields: inout YAMLFields, defaultCode: String) -> [SiteLanguage] {
        guard let node = fields.node("languages"), !node.isNull else { return [] }
        guard case .sequence(let items) = node else {
            fields.report("languages", "'languages' must be a list of languages, found \(node.kindDescription)",
                          hint: "write one '- code: zh' entry per language")
            return []
        }
        var languages: [SiteLanguage] = []
        var seen: [String: Node] = [:]
        for item in items {
            guard case .mapping(let mapping) = item else {
                fields.report("languages", "a language must be a mapping with a 'code', found \(item.kindDescription)",
                              hint: "write it like '- code: zh'", at: item)
                continue
            }
            var entries: [String: Node] = [:]
            for (key, value) in mapping { entries[key.string ?? ""] = value }
            for key in entries.keys.sorted() where !knownKeys.contains(key) {
                fields.report("languages", "unknown key '\(key)' in a language",
                              hint: "a language has \(knownKeys.sorted().joined(separator: ", "))", at: mapping.first { $0.key.string == key }?.key)
            }
            guard let codeNode = entries["code"], let code = codeNode.scalar?.string, !codeNode.isNull else {
                fields.report("languages", "a language has no 'code'", hint: "add a line like 'code: zh'", at: item)
                continue
            }
            guard isCode(code) else {
                fields.report("languages", "'\(code)' is not a language code", hint: "use a BCP 47 tag like en, zh or pt-BR", at: codeNode)
                continue
            }
            if seen[code.lowercased()] != nil {
                fields.report("languages", "language '\(code)' is listed twice", hint: "keep one entry for each language", at: codeNode)
                continue
            }
            seen[code.lowercased()] = codeNode
            var language = SiteLanguage(code: code)
            func text(_ key: String) -> String? {
                guard let node = entries[key], !node.isNull else { return nil }
                guard let scalar = node.scalar else {
                    fields.report("languages", "'\(key)' of language '\(code)' must be text, found \(node.kindDescription)", hint: nil, at: node)
                    return nil
                }
                return scalar.string
            }
            language.name = text("name") ?? code
            language.title = text("title")
            language.description = text("description")
            language.locale = text("locale")
            if let tags = entries["tags"], !tags.isNull {
                if case .mapping(let pairs) = tags {
                    for (key, value) in pairs {
                        guard let name = key.string, let shown = value.scalar?.string, !shown.isEmpty else {
                            fields.report("languages", "a tag's display name must be text, like 'co-creation: 共创'", hint: nil, at: value)
                            continue
                        }
                        language.tagNames[Slug.make(name)] = shown
                    }
                } else {
                    fields.report("languages", "'tags' of language '\(code)' must map tags to names, found \(tags.kindDescription)",
                                  hint: "write it like 'co-creation: 共创'", at: tags)
                }
            }
            languages.append(language)
        }
        guard !languages.isEmpty else { return [] }
        // The default language first: it is the one served at `/` and named by `x-default`.
        if let index = languages.firstIndex(where: { $0.code == defaultCode }) {
            languages.insert(languages.remove(at: index), at: 0)
        } else {
            languages.insert(SiteLanguage(code: defaultCode), at: 0)
        }
        return languages
    }

    static let knownKeys: Set<String> = ["code", "name", "title", "description", "tags", "locale"]
}

extension SiteConfig {
    /// `untranslated:` in `site.yaml`: what a language shows of a page that has no translation
    /// into it.
    public enum Untranslated: String, Sendable, Decodable, CaseIterable {
        /// Leaves it out of the language's lists.
        case hide
        /// Lists it, in its own language, marked as untranslated.
        case list
    }

    /// Whether the site has more than one language.
    public var isMultilingual: Bool { languages.count > 1 }

    /// The codes of the languages other than the default, which name translations.
    public var translationCodes: Set<String> { Set(languages.dropFirst().map(\.code)) }

    /// The settings as `code`'s pages see them: its title, description and language. The folder
    /// of its pages is `languageRoot`.
    public func forLanguage(_ code: String) -> SiteConfig {
        guard let language = languages.first(where: { $0.code == code }) else { return self }
        var config = self
        config.language = code
        config.title = language.title ?? title
        config.description = language.description ?? description
        config.languageRoot = code == languages.first?.code ? .root : OutputPath(components: [code])
        return config
    }

    /// The language's own entry, when the site lists languages.
    public var currentLanguage: SiteLanguage? {
        languages.first { $0.code == language }
    }
}
