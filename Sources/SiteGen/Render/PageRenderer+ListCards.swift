/// The social cards of a language's lists, which `ImageJobs` draws with the pages' cards.
extension PageRenderer {
    /// The drawn card of every list of the site: home, the search page, each section, the list of
    /// tags and each tag, the archive and each year and month; none when the site makes no cards.
    var listCards: [SocialCard] {
        [homeCard, SearchPageRenderer.card(self)].compactMap { $0 } + ListRenderer(renderer: self).cards()
    }
}
