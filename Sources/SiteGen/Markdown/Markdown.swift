import CMark
import Foundation

/// A heading of a rendered page, for its table of contents and `#anchor` links.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var id: String
    public var text: String
    public var line: Int
}

/// A link or image in Markdown, with where it was written, for link checks.
public struct MarkdownLink: Sendable, Equatable {
    public var destination: String
    public var isImage: Bool
    public var line: Int
    public var column: Int
    /// Whether it has text: a link's words, an image's alt text.
    public var hasText = true
}

/// Markdown turned into HTML plus what was learned walking cmark's node tree.
public struct RenderedMarkdown: Sendable {
    public var html: String
    public var headings: [Heading]
    /// The first paragraph as plain text, or nil when the body has none.
    public var firstParagraph: String?
    public var wordCount: WordCount
    public var links: [MarkdownLink]
    /// What a reader sees as text, blocks on lines of their own, raw HTML left out: what
    /// search indexes. Empty in a page whose text the loader gave to a `PageTextReader`.
    public var plainText: String = ""
}

/// CommonMark rendering with libcmark: the only code that talks to the C library.
public enum Markdown {
    /// Renders `text`; raw HTML is omitted unless `unsafeHTML`. `lineOffset` is added to
    /// source lines so that they point into the page's file rather than its body.
    public static func render(_ text: String, unsafeHTML: Bool = false, lineOffset: Int = 0) -> RenderedMarkdown {
        var options = CMARK_OPT_DEFAULT
        if unsafeHTML { options |= CMARK_OPT_UNSAFE }
        let utf8 = Array(text.utf8)
        guard let document = cmark_parse_document(utf8, utf8.count, options) else {
            return RenderedMarkdown(html: "", headings: [], firstParagraph: nil, wordCount: WordCount(), links: [])
        }
        defer { cmark_node_free(document) }

        var walk = TreeWalk(lineOffset: lineOffset)
        walk.visit(document)
        // Headings are found in cmark's HTML by their source positions only when raw HTML is let
        // through, which may hold `<h2>` of its own; otherwise every `<h1>`…`<h6>` in the HTML
        // is a heading, in document order, and cmark need not print every block's position.
        let bySourcePosition = unsafeHTML && walk.hasRawHTML
        if bySourcePosition { options |= CMARK_OPT_SOURCEPOS }
        let html = cmark_render_html(document, options).map { pointer -> String in
            defer { free(pointer) }
            let count = strlen(pointer)
            return pointer.withMemoryRebound(to: UInt8.self, capacity: count) { bytes in
                let html = UnsafeBufferPointer(start: bytes, count: count)
                if bySourcePosition { return HeadingAnchors.apply(walk.anchorsBySourcePosition, to: html) }
                return walk.headings.isEmpty ? String(decoding: html, as: UTF8.self) : HeadingAnchors.apply(walk.headings.map(\.id), inOrderTo: html)
            }
        } ?? ""
        return RenderedMarkdown(
            html: html,
            headings: walk.headings,
            firstParagraph: walk.firstParagraph,
            wordCount: walk.wordCount,
            links: characterColumns(walk.links, in: utf8, lineOffset: lineOffset),
            plainText: String(decoding: walk.plainText, as: UTF8.self))
    }

    /// cmark counts columns in bytes; people count characters (a Chinese character is 3 bytes).
    static func characterColumns(_ links: [MarkdownLink], in utf8: [UInt8], lineOffset: Int) -> [MarkdownLink] {
        guard !links.isEmpty else { return links }
        var lineStarts = [0]
        utf8.withUnsafeBytes { bytes in
            var start = 0
            while start < bytes.count, let newline = memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "\n")), bytes.count - start) {
                start = bytes.baseAddress!.distance(to: UnsafeRawPointer(newline)) + 1
                lineStarts.append(start)
            }
        }
        // Taken in order of position, each counting on from where the one before it on its line
        // stopped: counting every link's line from its start made a line full of links quadratic.
        let order = links.indices.sorted { (links[$0].line, links[$0].column) < (links[$1].line, links[$1].column) }
        var mapped = links
        var countedLine = -1
        var countedEnd = 0
        var scalars = 0
        for index in order {
            let line = links[index].line - lineOffset - 1
            guard lineStarts.indices.contains(line) else { continue }
            let start = lineStarts[line]
            let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : utf8.count
            let end = min(lineEnd, start + max(0, links[index].column - 1))
            if line != countedLine {
                (countedLine, countedEnd, scalars) = (line, start, 0)
            }
            // A scalar is one byte that is not a continuation byte (10xxxxxx).
            for byte in utf8[countedEnd..<end] where byte & 0xC0 != 0x80 { scalars += 1 }
            countedEnd = end
            mapped[index].column = scalars + 1
        }
        return mapped
    }
}

/// One pass over the node tree collecting headings, the first paragraph, words and links.
private struct TreeWalk {
    let lineOffset: Int
    var headings: [Heading] = []
    var anchorsBySourcePosition: [String: String] = [:]
    var firstParagraph: String?
    var wordCount = WordCount()
    var links: [MarkdownLink] = []
    /// Whether the page has raw HTML, blocks or inline.
    var hasRawHTML = false
    /// Kept as bytes, appended straight from cmark's literals: a string made of each literal
    /// first was most of the walk's cost.
    var plainText: [UInt8] = []
    private var usedIDs: [String: Int] = [:]

    init(lineOffset: Int) {
        self.lineOffset = lineOffset
    }

    mutating func visit(_ root: OpaquePointer) {
        let iterator = cmark_iter_new(root)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            // Text runs within a block are joined as they are, so that a CJK phrase split by
            // emphasis (`小米**社区**`) stays one phrase; blocks never run into each other.
            if event == CMARK_EVENT_EXIT {
                if Self.isBlock(cmark_node_get_type(node)), !plainText.isEmpty, !Self.endsWithLineFeed(plainText) { plainText.append(UInt8(ascii: "\n")) }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK:
                if let literal = cmark_node_get_literal(node) {
                    literal.withMemoryRebound(to: UInt8.self, capacity: strlen(literal)) { start in
                        let text = UnsafeBufferPointer(start: start, count: strlen(literal))
                        wordCount.add(utf8: text)
                        plainText.append(contentsOf: text)
                    }
                    if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK, !Self.endsWithLineFeed(plainText) { plainText.append(UInt8(ascii: "\n")) }
                }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                plainText.append(UInt8(ascii: " "))
            case CMARK_NODE_HEADING:
                addHeading(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                hasRawHTML = true
            case CMARK_NODE_PARAGRAPH where firstParagraph == nil:
                let text = Self.plainText(of: node)
                if !text.isEmpty { firstParagraph = text }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(MarkdownLink(
                    destination: url, isImage: cmark_node_get_type(node) == CMARK_NODE_IMAGE,
                    line: Int(cmark_node_get_start_line(node)) + lineOffset,
                    column: Int(cmark_node_get_start_column(node)),
                    hasText: cmark_node_get_type(node) != CMARK_NODE_IMAGE || !Self.plainText(of: node).isEmpty))
            default:
                break
            }
        }
    }

    private mutating func addHeading(_ node: OpaquePointer) {
        let text = Self.plainText(of: node)
        var id = Slug.make(text)
        if id.isEmpty { id = "section" }
        // Repeats get -1, -2, … in order, as GitHub and Zola number them.
        if let seen = usedIDs[id] {
            var n = seen
            var candidate: String
            repeat {
                n += 1
                candidate = "\(id)-\(n)"
            } while usedIDs[candidate] != nil
            usedIDs[id] = n
            id = candidate
        }
        usedIDs[id] = usedIDs[id] ?? 0
        let line = Int(cmark_node_get_start_line(node))
        let column = Int(cmark_node_get_start_column(node))
        anchorsBySourcePosition["\(line):\(column)"] = id
        headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), id: id, text: text, line: line + lineOffset))
    }

    private static func isBlock(_ type: cmark_node_type) -> Bool {
        switch type {
        case CMARK_NODE_PARAGRAPH, CMARK_NODE_HEADING, CMARK_NODE_ITEM, CMARK_NODE_BLOCK_QUOTE: true
        default: false
        }
    }

    /// Whether the text's last character is a line feed, which it is unless a carriage return
    /// comes before it (the two are one character).
    private static func endsWithLineFeed(_ text: [UInt8]) -> Bool {
        text.last == UInt8(ascii: "\n") && (text.count < 2 || text[text.count - 2] != UInt8(ascii: "\r"))
    }

    /// The text a reader sees in `node`: literals joined, breaks as spaces, raw HTML left out.
    static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(child) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                break
            }
        }
        return text.trimmingWhitespaceAndNewlines
    }
}
