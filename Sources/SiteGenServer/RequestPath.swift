import Foundation

/// The segments of a request path inside the site, or nil for a path that would leave it.
enum RequestPath {
    /// Refuses `..` (plain or percent-encoded), encoded slashes and backslashes, backslashes and
    /// control characters; a refused path is never looked up on disk.
    static func segments(_ rawPath: String) -> [String]? {
        let lowered = rawPath.lowercased()
        guard !lowered.contains("%2f"), !lowered.contains("%5c"), !lowered.contains("%00"), !rawPath.contains("\\"),
              let decoded = rawPath.removingPercentEncoding else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            if segment == ".." || segment == "." || segment.contains("\\")
                || segment.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
                return nil
            }
            segments.append(String(segment))
        }
        return segments
    }

    /// Where a folder's URL without its `/` redirects: the same path with one `/` at each end.
    /// Leading slashes are collapsed, as `//host/path` would send a browser to another site.
    static func folderLocation(_ rawPath: String) -> String {
        let inside = rawPath.drop { $0 == "/" }
        return inside.isEmpty ? "/" : "/\(inside)/"
    }
}
