/// Takes the plain text of each page as the loader parses it, in the page's place: the page is
/// left without it. Search, the text's only reader, numbers a page's terms from it there, so that
/// no page holds its text from loading until the search index is made, which would be the largest
/// part of a large site's memory for most of its build.
protocol PageTextReader: Sendable {
    /// Reads the text of one page at a time; the loader makes one for each of its threads.
    func reader() -> (_ page: Page, _ text: String) -> Void
    /// Told, after a load, every page it gave, parsed anew or kept from the load before: no other
    /// page's text will be asked for again.
    func loaded(_ pages: [Page])
}
