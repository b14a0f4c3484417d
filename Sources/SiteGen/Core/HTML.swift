import Mustache

/// Escaping for text that sitegen itself puts into HTML and XML: the same as the templates'
/// `{{value}}`, from the one implementation in the template engine.
enum HTML {
    static func escape(_ text: String) -> String {
        text.htmlEscape()
    }
}
