import Foundation

/// Gives the headings in cmark's HTML their `id`s, which cmark cannot set itself. Without raw
/// HTML, every `<h1>`…`<h6>` in cmark's HTML is a heading (text, code and attributes have their
/// `<` escaped), so the ids go to them in order. Raw HTML may hold headings of its own: then cmark
/// prints every block's source position, headings are matched by theirs, and the attributes are
/// taken out again.
enum HeadingAnchors {
    /// `ids` in document order, one for each heading tag of `html`.
    static func apply(_ ids: [String], inOrderTo html: UnsafeBufferPointer<UInt8>) -> String {
        guard let base = html.baseAddress else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + ids.count * 24)
        var copiedUpTo = 0
        var next = ids.makeIterator()
        var index = 0
        while index + 3 < html.count, let found = memchr(base + index, Int32(UInt8(ascii: "<")), html.count - index - 3) {
            index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // `<h2>`: cmark prints no attributes on a heading but its source position.
            if html[index + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(html[index + 2]),
               html[index + 3] == UInt8(ascii: ">"), let id = next.next() {
                out.append(contentsOf: html[copiedUpTo..<index + 3])
                out.append(contentsOf: #" id=""#.utf8)
                out.append(contentsOf: id.utf8)
                out.append(UInt8(ascii: "\""))
                copiedUpTo = index + 3
            }
            index += 1
        }
        out.append(contentsOf: html[copiedUpTo...])
        return String(decoding: out, as: UTF8.self)
    }

    private static let attribute = Array(#" data-sourcepos=""#.utf8)

    /// Rewrites cmark's `data-sourcepos` attributes: headings get their `id` by their position,
    /// every other element loses the attribute. Works on cmark's output as it comes, a C string.
    static func apply(_ anchors: [String: String], to html: UnsafeBufferPointer<UInt8>) -> String {
        guard html.baseAddress != nil else { return "" }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + anchors.count * 16)
        var copiedUpTo = 0
        attribute.withUnsafeBytes { attribute in
            while let i = find(attribute, in: html, from: copiedUpTo) {
                let valueStart = i + attribute.count
                guard let valueEnd = html[valueStart...].firstIndex(of: UInt8(ascii: "\"")) else { break }
                out.append(contentsOf: html[copiedUpTo..<i])
                if isHeadingTag(html, endingAt: i) {
                    let start = html[valueStart..<valueEnd].prefix { $0 != UInt8(ascii: "-") }
                    if let id = anchors[String(decoding: start, as: UTF8.self)] {
                        out.append(contentsOf: #" id=""#.utf8)
                        out.append(contentsOf: id.utf8)
                        out.append(UInt8(ascii: "\""))
                    }
                }
                copiedUpTo = valueEnd + 1
            }
        }
        out.append(contentsOf: html[copiedUpTo...])
        return String(decoding: out, as: UTF8.self)
    }

    private static func find(_ attribute: UnsafeRawBufferPointer, in html: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard html.count >= attribute.count else { return nil }
        var i = start
        while i <= html.count - attribute.count {
            if html[i] == UInt8(ascii: " "), html[i + 1] == UInt8(ascii: "d"),
               memcmp(html.baseAddress! + i, attribute.baseAddress!, attribute.count) == 0 {
                return i
            }
            i += 1
        }
        return nil
    }

    /// True when the bytes just before `index` are `<h1` … `<h6`.
    private static func isHeadingTag(_ bytes: UnsafeBufferPointer<UInt8>, endingAt index: Int) -> Bool {
        guard index >= 3 else { return false }
        return bytes[index - 3] == UInt8(ascii: "<") && bytes[index - 2] == UInt8(ascii: "h")
            && (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index - 1])
    }
}
