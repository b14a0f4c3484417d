import Mustache
import Testing

/// A set-delimiter tag needs two different delimiters without `=`: equal ones made the reader trap.
@Suite("Set delimiters")
struct SetDelimiterTests {
    @Test("equal delimiters, or ones holding '=', are a parse error", arguments: ["{{=| |=}}|#a||/a|", "{{=$ $=}}$#a$$/a$", "{{=<= =>=}}x"])
    func refused(text: String) {
        #expect {
            try MustacheTemplate(string: text)
        } throws: { error in
            (error as? MustacheTemplate.ParserError)?.error as? MustacheTemplate.Error == .invalidSetDelimiter
        }
    }

    @Test("different delimiters still work")
    func allowed() throws {
        #expect(try MustacheTemplate(string: "{{=<% %>=}}<%#a%>yes<%/a%>").render(["a": true]) == "yes")
    }
}
