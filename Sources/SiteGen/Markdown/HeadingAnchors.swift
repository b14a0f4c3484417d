import Foundation

/// Rewrites cmark's `data-sourcepos` attributes: headings get their `id`, every other element
/// loses the attribute. cmark cannot set attributes itself, and matching headings by source
/// position (rather than by searching for `<h2>`) cannot be fooled by raw HTML in the page.
enum HeadingAnchors {
    private static let attribute = Array(#" data-sourcepos=""#.utf8)

    /// Works on cmark's output as it comes, a C string, without copying it into Swift first.
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
