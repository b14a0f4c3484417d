import Mustache

/// The escaping of `{{value}}`: the same five characters as swift-mustache's HTML escaping, with
/// the same replacements, but through `HTML.escape`, which walks UTF-8 bytes. swift-mustache looks
/// up every Character in a dictionary, which made escaping 10% of a 10,000-page build.
struct HTMLEscaping: MustacheContentType {
    static let name = "SITEGEN_HTML"
    /// Put before every template's text: a pragma on a line of its own produces no output.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    static func register() {
        MustacheContentTypes.register(HTMLEscaping(), named: name)
    }

    func escapeText(_ text: String) -> String {
        HTML.escape(text)
    }
}
