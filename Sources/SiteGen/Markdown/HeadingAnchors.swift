/// Rewrites cmark's `data-sourcepos` attributes: headings get their `id`, every other element
/// loses the attribute. cmark cannot set attributes itself, and matching headings by source
/// position (rather than by searching for `<h2>`) cannot be fooled by raw HTML in the page.
enum HeadingAnchors {
    private static let attribute = Array(#" data-sourcepos=""#.utf8)

    static func apply(_ anchors: [String: String], to html: String) -> String {
        let bytes = Array(html.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + anchors.count * 16)
        var i = 0
        var copiedUpTo = 0
        while i + attribute.count <= bytes.count {
            guard bytes[i] == UInt8(ascii: " "), bytes[i..<i + attribute.count].elementsEqual(attribute) else {
                i += 1
                continue
            }
            let valueStart = i + attribute.count
            guard let valueEnd = bytes[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
            out.append(contentsOf: bytes[copiedUpTo..<i])
            if isHeadingTag(bytes, endingAt: i) {
                let range = bytes[valueStart..<valueEnd]
                let start = range.prefix { $0 != UInt8(ascii: "-") }
                if let id = anchors[String(decoding: start, as: UTF8.self)] {
                    out.append(contentsOf: #" id=""#.utf8)
                    out.append(contentsOf: id.utf8)
                    out.append(UInt8(ascii: "\""))
                }
            }
            i = valueEnd + 1
            copiedUpTo = i
        }
        out.append(contentsOf: bytes[copiedUpTo...])
        return String(decoding: out, as: UTF8.self)
    }

    /// True when the bytes just before `index` are `<h1` … `<h6`.
    private static func isHeadingTag(_ bytes: [UInt8], endingAt index: Int) -> Bool {
        guard index >= 3 else { return false }
        return bytes[index - 3] == UInt8(ascii: "<") && bytes[index - 2] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index - 1])
    }
}
