// The Mustache spec's comments (`specs/comments.yml`): a comment never reaches the output, and a
// comment alone on its line takes the line with it.
import Testing

@Suite("Mustache spec: comments")
struct SpecCommentsTests {
    static let cases: [SpecCase] = [
        SpecCase("Inline", "12345{{! Comment Block! }}67890", expected: "1234567890"),
        SpecCase("Multiline", "12345{{!\n  This is a\n  multi-line comment...\n}}67890\n", expected: "1234567890\n"),
        SpecCase("Standalone", "Begin.\n{{! Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        SpecCase("Indented Standalone", "Begin.\n  {{! Indented Comment Block! }}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{! Standalone Comment }}\r\n|", expected: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{! I'm Still Standalone }}\n!", expected: "!"),
        SpecCase("Standalone Without Newline", "!\n  {{! I'm Still Standalone }}", expected: "!\n"),
        SpecCase("Multiline Standalone", "Begin.\n{{!\nSomething's going on here...\n}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        SpecCase("Indented Multiline Standalone", "Begin.\n  {{!\n    Something's going on here...\n  }}\nEnd.\n",
                 expected: "Begin.\nEnd.\n"),
        SpecCase("Indented Inline", "  12 {{! 34 }}\n", expected: "  12 \n"),
        SpecCase("Surrounding Whitespace", "12345 {{! Comment Block! }} 67890", expected: "12345  67890"),
    ]

    @Test("renders as the spec expects", arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }
}
