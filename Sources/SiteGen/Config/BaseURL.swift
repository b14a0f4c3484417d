import Foundation

/// The rule for a site's base URL (`base_url:` in `site.yaml`, or `--base-url`): every link and
/// feed entry starts with it, so any part a browser would read as something other than this
/// site's scheme, host and folder is refused rather than written into every page.
enum BaseURL {
    /// What is wrong with a base URL, in words that follow it in a message.
    struct Problem: Error, Equatable {
        var message: String
    }

    /// The URL without trailing slashes (`https://x.org/blog`), or what is wrong with it.
    static func check(_ text: String) -> Result<String, Problem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: trimmed),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = url.host, !host.isEmpty
        else { return .failure(Problem(message: "is not an absolute http(s) URL")) }
        if url.user != nil || url.password != nil {
            return .failure(Problem(message: "has a user name before the host, which every link would carry"))
        }
        if url.query != nil { return .failure(Problem(message: "has a query ('?'), which cannot start a site's links")) }
        if url.fragment != nil { return .failure(Problem(message: "has a fragment ('#'), which cannot start a site's links")) }
        let path = url.path(percentEncoded: true)
        // `https://x.org//evil.example/` would make every root-relative link `//evil.example/…`:
        // a link to another host.
        if path.hasPrefix("//") {
            return .failure(Problem(message: "has a path starting with '//', which browsers read as another host"))
        }
        let segments = path.split(separator: "/").map { $0.removingPercentEncoding ?? String($0) }
        if segments.contains(where: { $0 == "." || $0 == ".." }) {
            return .failure(Problem(message: "has a '.' or '..' folder in its path"))
        }
        var normalized = url.absoluteString
        while normalized.hasSuffix("/") { normalized.removeLast() }
        return .success(normalized)
    }
}
