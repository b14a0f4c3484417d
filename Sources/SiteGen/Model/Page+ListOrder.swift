import Foundation

extension Page {
    /// Newest first; equal dates by title, then by source path, so that every run agrees.
    /// Undated pages come after dated ones.
    public static func listOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        if a.title != b.title { return a.title < b.title }
        return a.sourcePath < b.sourcePath
    }

    /// `pages` sorted by `listOrder`, their dates read once into one array: comparing pages
    /// read each one's front matter from wherever it lies in memory, two cache misses a
    /// comparison and 800,000 comparisons at 50,000 pages.
    static func inListOrder(_ pages: [Page]) -> [Page] {
        // Newest first is smallest first; undated pages, after the rest, compare by title.
        let keys = pages.map { $0.date.map { -$0.timeIntervalSinceReferenceDate } ?? .infinity }
        return pages.indices.sorted { a, b in
            keys[a] != keys[b] ? keys[a] < keys[b] : listOrder(pages[a], pages[b])
        }.map { pages[$0] }
    }
}
