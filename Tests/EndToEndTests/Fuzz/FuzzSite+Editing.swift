/// Byte-level edits of a site's text files, so that edits still work on a file that an earlier
/// mutation made invalid UTF-8.
extension FuzzSite {
    private static let newline = UInt8(ascii: "\n")

    /// The lines of the file at `path`, without their line feeds.
    func lines(_ path: String) -> [[UInt8]] {
        (bytes(path) ?? []).split(separator: Self.newline, omittingEmptySubsequences: false).map(Array.init)
    }

    mutating func setLines(_ path: String, _ lines: [[UInt8]]) {
        self[path] = .file(Array(lines.joined(separator: [Self.newline])))
    }

    /// Line indexes of the front matter's keys: after the opening `---`, up to the closing one
    /// (or the end of the file when it is not closed); nil when the file does not open with `---`.
    func frontMatterLines(_ path: String) -> Range<Int>? {
        let lines = lines(path)
        guard let first = lines.first, Self.isFence(first) else { return nil }
        let end = lines.indices.dropFirst().first { Self.isFence(lines[$0]) } ?? lines.count
        return 1..<end
    }

    private static func isFence(_ line: [UInt8]) -> Bool {
        var line = line
        if line.starts(with: [0xEF, 0xBB, 0xBF]) { line.removeFirst(3) }
        while line.last == UInt8(ascii: "\r") || line.last == UInt8(ascii: " ") { line.removeLast() }
        return line == Array("---".utf8)
    }

    /// Gives `key` the YAML text `value` in the front matter of `path`: on the key's first line
    /// when it is there, on a new line before the closing `---` otherwise. Returns the line number.
    @discardableResult
    mutating func setFrontMatter(_ path: String, key: String, value: String) -> Int {
        var lines = lines(path)
        let line = Array("\(key): \(value)".utf8)
        guard let range = frontMatterLines(path) else {
            setLines(path, [Array("---".utf8), line, Array("---".utf8)] + lines)
            return 2
        }
        if let index = range.first(where: { lines[$0].starts(with: Array("\(key):".utf8)) }) {
            lines[index] = line
            setLines(path, lines)
            return index + 1
        }
        lines.insert(line, at: range.upperBound)
        setLines(path, lines)
        return range.upperBound + 1
    }

    /// Gives `key` the YAML text `value` in a YAML file without fences (`site.yaml`); returns
    /// the line number.
    @discardableResult
    mutating func setYAMLKey(_ path: String, key: String, value: String) -> Int {
        var lines = lines(path)
        let line = Array("\(key): \(value)".utf8)
        if let index = lines.firstIndex(where: { $0.starts(with: Array("\(key):".utf8)) }) {
            lines[index] = line
            setLines(path, lines)
            return index + 1
        }
        if lines.last == [] { lines.removeLast() }
        lines += [line, []]
        setLines(path, lines)
        return lines.count - 1
    }

    /// Inserts `text` (which may span lines) into the front matter at a line chosen by `rng`.
    mutating func insertIntoFrontMatter(_ path: String, _ text: [UInt8], using rng: inout SplitMix64) {
        var lines = lines(path)
        let range = frontMatterLines(path) ?? 0..<0
        lines.insert(text, at: rng.int(range.lowerBound...range.upperBound))
        setLines(path, lines)
    }

    /// Appends `text` to the body of the page at `path`.
    mutating func appendToBody(_ path: String, _ text: [UInt8]) {
        self[path] = .file((bytes(path) ?? []) + [Self.newline] + text + [Self.newline])
    }

    /// Inserts `bytes` at an offset chosen by `rng` in the file at `path`.
    mutating func insert(_ bytes: [UInt8], into path: String, using rng: inout SplitMix64) {
        var contents = self.bytes(path) ?? []
        contents.insert(contentsOf: bytes, at: rng.int(0...contents.count))
        self[path] = .file(contents)
    }

    /// Replaces the first occurrence of `old` in the file at `path` with `new`; false when absent.
    @discardableResult
    mutating func replace(_ old: String, with new: [UInt8], in path: String) -> Bool {
        guard var contents = bytes(path), let range = contents.firstRange(of: Array(old.utf8)) else { return false }
        contents.replaceSubrange(range, with: new)
        self[path] = .file(contents)
        return true
    }
}
