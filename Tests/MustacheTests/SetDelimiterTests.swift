import Mustache
import Testing

/// Sections after a set-delimiter tag end where they should, whatever the delimiters' length.
@Suite("Set delimiters")
struct SetDelimiterTests {
    @Test("one-character and equal delimiters close sections, even empty ones", arguments: [
        ("{{=| |=}}|#a||/a|", ""), ("{{=$ $=}}$#a$$/a$", ""), ("{{=| |=}}|#a|x|/a|", "x"), ("{{=<% %>=}}<%#a%>yes<%/a%>", "yes"),
    ])
    func sections(text: String, expected: String) throws {
        #expect(try MustacheTemplate(string: text).render(["a": true]) == expected)
    }

    @Test("a delimiter holding '=' is a parse error")
    func equalsSign() {
        #expect {
            try MustacheTemplate(string: "{{=<= =>=}}x")
        } throws: { error in
            (error as? MustacheTemplate.ParserError)?.error as? MustacheTemplate.Error == .invalidSetDelimiter
        }
    }
}
