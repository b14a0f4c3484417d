import Foundation

/// A folder or file inside the output root, built from path segments that can never climb out of it.
public struct OutputPath: Sendable, Hashable, Comparable {
    /// Raw segments (`["tags", "米粉"]`), never empty strings, `.` or `..`.
    public let components: [String]

    public init(components: [String]) {
        self.components = components
    }

    public static let root = OutputPath(components: [])

    /// Bytes a segment may have: the longest file name common file systems take (`NAME_MAX`).
    public static let segmentLimit = 255

    /// Whether `segment` can name a file or folder; a longer slug fails only when it is written.
    public static func fitsSegment(_ segment: String) -> Bool {
        segment.utf8.count <= segmentLimit
    }

    /// Parses a site-relative path such as `/old/url/`; nil when it would leave the output folder
    /// (a `..` segment, percent-encoded or not) or holds a backslash or a control character.
    public init?(sitePath: String) {
        // Byte tests: `String.contains(_:)` with a string goes through Foundation's search.
        let decoded = sitePath.containsUTF8Byte(UInt8(ascii: "%")) ? sitePath.removingPercentEncoding ?? sitePath : sitePath
        var parts: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == "." { continue }
            if segment == ".." || segment.containsUTF8Byte(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 || $0 == 0x7F }) {
                return nil
            }
            parts.append(String(segment))
        }
        self.components = parts
    }

    public func appending(_ more: String...) -> OutputPath {
        OutputPath(components: components + more)
    }

    /// `other` inside this folder.
    public func appending(contentsOf other: OutputPath) -> OutputPath {
        OutputPath(components: components + other.components)
    }

    /// The file a folder URL is served from: `articles/x/index.html`; a path that already
    /// names a file (`feed.xml`, `404.html`) is itself.
    public var file: String {
        // Made as bytes: arrays joined, or strings appended, were 2,000-3,000 instructions a
        // path, and every page asks for its paths many times.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64)
        for component in components {
            if !bytes.isEmpty { bytes.append(UInt8(ascii: "/")) }
            bytes.append(contentsOf: component.utf8)
        }
        if !namesFile { bytes.append(contentsOf: (bytes.isEmpty ? "index.html" : "/index.html").utf8) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The root-relative URL, percent-encoded: `/tags/%E7%B1%B3%E7%B2%89/`.
    public var url: String {
        var bytes: [UInt8] = [UInt8(ascii: "/")]
        bytes.reserveCapacity(64)
        for (index, component) in components.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "/")) }
            Self.appendPercentEncoded(component, to: &bytes)
        }
        if !components.isEmpty, !namesFile { bytes.append(UInt8(ascii: "/")) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the last segment names a file (`feed.xml`) rather than a folder.
    private var namesFile: Bool {
        components.last?.containsUTF8Byte(UInt8(ascii: ".")) ?? false
    }

    public static func < (a: OutputPath, b: OutputPath) -> Bool {
        a.components.lexicographicallyPrecedes(b.components)
    }

    /// RFC 3986's unreserved characters: letters, digits and `-._~`.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    static func appendPercentEncoded(_ segment: String, to out: inout [UInt8]) {
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hexDigit(byte >> 4), hexDigit(byte & 15)]
            }
        }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
