import Foundation

/// A site in several languages: a `Site` for each, rendered one after another.
extension SiteBuilder {
    /// What the render stage made besides the files: a renderer for each language, the default
    /// first, and the pages of them all.
    struct Rendered {
        let renderers: [PageRenderer]
        /// Every language's own pages as one site, for what checks the pages themselves (links,
        /// images, the report's count).
        let everyPage: Site
        let strings: UIStrings
        /// The paths of the files rendered afresh rather than taken from the last build.
        let fresh: [String]

        var main: PageRenderer { renderers[0] }

        func missingSources(severity: Diagnostic.Severity) -> [Diagnostic] {
            renderers.flatMap { $0.site.missingSources(severity: severity) }
        }
    }

    /// A site for each language, the default first. A language's sections take their titles and
    /// intros from the default language's `_index.md` where it has none of its own; its home page
    /// its own title. With `untranslated: list`, it lists the default language's pages that have
    /// no translation into it.
    static func languageSites(_ config: SiteConfig, pages: [Page], indexes: [String: SectionIndex],
                              translated: TranslatedContent, options: BuildOptions) -> [Site] {
        let now = options.includeFuture ? nil : options.now
        func site(_ config: SiteConfig, _ pages: [Page], _ indexes: [String: SectionIndex], untranslated: [Page] = []) -> Site {
            Site(config: config, pages: pages, indexes: indexes, includeDrafts: options.includeDrafts, now: now, untranslated: untranslated)
        }
        guard config.isMultilingual else { return [site(config, pages, indexes)] }
        let main = site(config.forLanguage(config.language), pages.filter { $0.language == nil }, indexes)
        var sites = [main]
        for language in config.languages.dropFirst() {
            let code = language.code
            var own = indexes.filter { !$0.key.isEmpty }
            own.merge(translated.indexes[code] ?? [:]) { _, translation in translation }
            let languageConfig = config.forLanguage(code)
            let translations = pages.filter { $0.language == code }
            var languageSite = site(languageConfig, translations, own)
            if config.untranslated == .list {
                let translatedKeys = Set(languageSite.ownPages.map(\.translationKey))
                languageSite = site(languageConfig, translations, own,
                                    untranslated: main.ownPages.filter { !translatedKeys.contains($0.sourcePath) })
            }
            sites.append(languageSite)
        }
        return sites
    }

    /// A renderer for each site, with the global digest its files are keyed under; each reuses
    /// what the store kept of its language's last build.
    static func renderers(_ sites: [Site], templates: TemplateLibrary, settings: ContentDigest, assets: AssetFingerprints,
                          versions: LanguageVersions?, strings: UIStrings, store: BuildStore,
                          timings: inout StageTimings) -> ([PageRenderer], [ContentDigest]) {
        var globals: [ContentDigest] = []
        var renderers: [PageRenderer] = []
        for (index, site) in sites.enumerated() {
            let code = site.config.language
            let global = globalDigest(site, templates: templates, settings: settings, assets: assets.digest,
                                      versions: versions, strings: strings)
            let related = timings.measure("related pages") {
                RelatedLists(site: site, previous: index == 0 ? store.related : store.relatedByLanguage[code])
            }
            if index == 0 { store.related = related } else { store.relatedByLanguage[code] = related }
            globals.append(global)
            renderers.append(timings.measure("page values") {
                PageRenderer(site: site, templates: templates,
                             values: index == 0 ? store.values(global: global) : store.values(global: global, language: code),
                             related: related, strings: strings[code], versions: versions,
                             assets: assets.urls)
            })
        }
        return (renderers, globals)
    }
}
