/// One page of a paginated list: `/tags/music/`, then `/tags/music/page/2/`, …
public struct Pager: Sendable {
    /// 1-based.
    public var number: Int
    public var total: Int
    public var pages: [Page]
    public var base: OutputPath

    public var outputPath: OutputPath { Self.path(base: base, number: number) }

    /// The page numbers worth a link: the first, the last and two either side of this one, with
    /// nil where numbers are skipped, so that a list of a thousand pages does not carry a
    /// thousand links on each.
    public var linkedNumbers: [Int?] {
        var shown = Set([1, total]).union(max(1, number - 2)...min(total, number + 2))
        // A gap of one number is shown as that number: "…" would take as much room.
        for value in shown where shown.contains(value + 2) && !shown.contains(value + 1) { shown.insert(value + 1) }
        var numbers: [Int?] = []
        for value in shown.sorted() {
            if let last = numbers.last ?? nil, value > last + 1 { numbers.append(nil) }
            numbers.append(value)
        }
        return numbers
    }

    static func path(base: OutputPath, number: Int) -> OutputPath {
        number == 1 ? base : base.appending("page", String(number))
    }
}

/// Splits a list into pagers of `size`; an empty list still gets one (empty) first page.
public enum Paginator {
    public static func paginate(_ pages: [Page], size: Int, base: OutputPath) -> [Pager] {
        let size = max(1, size)
        let total = max(1, (pages.count + size - 1) / size)
        return (1...total).map { number in
            let start = (number - 1) * size
            let slice = start < pages.count ? Array(pages[start..<min(start + size, pages.count)]) : []
            return Pager(number: number, total: total, pages: slice, base: base)
        }
    }
}
