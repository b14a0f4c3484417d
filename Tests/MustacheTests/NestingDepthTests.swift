import Mustache
import Testing

/// Sections nest up to `maximumDepth` deep; deeper is a parse error at the tag, not a stack overflow.
@Suite("Nesting depth")
struct NestingDepthTests {
    static func nested(_ depth: Int, open: String = "#") -> String {
        String(repeating: "{{\(open)x}}", count: depth) + "." + String(repeating: "{{/x}}", count: depth)
    }

    @Test("as deep as allowed renders", arguments: ["#", "^"])
    func allowed(open: String) throws {
        let template = try MustacheTemplate(string: Self.nested(MustacheTemplate.maximumDepth, open: open))
        #expect(template.render(["x": true]) == (open == "#" ? "." : ""))
    }

    @Test("deeper is an error at the first tag too deep", arguments: [MustacheTemplate.maximumDepth + 1, 10_000])
    func tooDeep(depth: Int) {
        #expect {
            try MustacheTemplate(string: Self.nested(depth))
        } throws: { error in
            guard let error = error as? MustacheTemplate.ParserError else { return false }
            return error.error as? MustacheTemplate.Error == .nestedTooDeeply && error.context.lineNumber == 1
        }
    }
}
