/// What of the model a rendered file can be made from, as render keys see it.

extension Page: Digestible {
    /// The page's digest covers its source file and its place (path, section, slug).
    func add(to key: inout ContentDigest.Builder) {
        key.add(digest)
    }
}

extension Pager: Digestible {
    /// Its place in the list and its pages; the list it belongs to is the job's to declare.
    func add(to key: inout ContentDigest.Builder) {
        key.add(number)
        key.add(total)
        pages.add(to: &key)
    }
}

extension Tag: Digestible {
    /// What a list of tags shows of each: its name (from which its slug and URL follow) and count.
    func add(to key: inout ContentDigest.Builder) {
        key.add(name)
        key.add(slug)
        key.add(pages.count)
    }
}

extension DateArchive.Month: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(month)
        pages.add(to: &key)
    }
}

extension DateArchive.Year: Digestible {
    /// Every month with its pages: a year's value lists them all.
    func add(to key: inout ContentDigest.Builder) {
        key.add(year)
        months.add(to: &key)
    }
}

extension SitemapGenerator.Entry: Digestible {
    func add(to key: inout ContentDigest.Builder) {
        key.add(path.components.joined(separator: "/"))
        key.add(lastModified.map { Int(($0.timeIntervalSince1970 * 1000).rounded()) } ?? Int.min)
        for alternate in alternates {
            key.add(alternate.code)
            key.add(alternate.path.file)
        }
    }
}
