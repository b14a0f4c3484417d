extension SiteBuilder {
    /// What every rendered file depends on: sitegen itself, templates, settings and options, and
    /// what the `site` value shows on every page (section titles, the menu of top-level pages).
    /// What pages show of their images is in each page's digest (`PictureMarkup.digest`).
    static func globalDigest(_ site: Site, templates: TemplateLibrary, settings: ContentDigest, assets: ContentDigest? = nil,
                             versions: LanguageVersions? = nil, strings: UIStrings? = nil) -> ContentDigest {
        var digest = ContentDigest.Builder()
        // Only a site with languages: a site in one language keeps the keys it always had.
        if let versions {
            digest.add(site.config.language)
            versions.add(to: &digest)
            // Which pages of the other languages this one lists.
            for page in site.pages where page.language != site.ownLanguage { digest.add(page.sourcePath) }
        }
        if let strings { digest.add(strings.digest) }
        // The assets' fingerprinted names, which every page's head may show.
        digest.add(assets)
        digest.add(BuildIdentity.executable)
        digest.add(templates.digest)
        digest.add(settings)
        digest.add(site.home.digest)
        for section in site.sections {
            digest.add(section.name)
            digest.add(section.index.title)
            digest.add(section.index.digest)
        }
        site.pages.filter { $0.section == nil }.add(to: &digest)
        return digest.digest
    }
}
