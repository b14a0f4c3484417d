// The Mustache spec's set-delimiter tags (`specs/delimiters.yml`): `{{=<% %>=}}` changes the tags
// for the rest of the template it is in, and for nothing else.
import Testing

@Suite("Mustache spec: delimiters")
struct SpecDelimitersTests {
    static let cases: [SpecCase] = [
        SpecCase("Pair Behavior", "{{=<% %>=}}(<%text%>)", ["text": "Hey!"], expected: "(Hey!)"),
        SpecCase("Special Characters", "({{=[ ]=}}[text])", ["text": "It worked!"], expected: "(It worked!)"),
        SpecCase("Sections",
                 "[\n{{#section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|#section|\n  {{data}}\n  |data|\n|/section|\n]\n",
                 ["section": true, "data": "I got interpolated."],
                 expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        SpecCase("Inverted Sections",
                 "[\n{{^section}}\n  {{data}}\n  |data|\n{{/section}}\n\n{{= | | =}}\n|^section|\n  {{data}}\n  |data|\n|/section|\n]\n",
                 ["section": false, "data": "I got interpolated."],
                 expected: "[\n  I got interpolated.\n  |data|\n\n  {{data}}\n  I got interpolated.\n]\n"),
        SpecCase("Partial Inheritence", "[ {{>include}} ]\n{{= | | =}}\n[ |>include| ]\n", ["value": "yes"],
                 partials: ["include": ".{{value}}."], expected: "[ .yes. ]\n[ .yes. ]\n"),
        SpecCase("Post-Partial Behavior", "[ {{>include}} ]\n[ .{{value}}.  .|value|. ]\n", ["value": "yes"],
                 partials: ["include": ".{{value}}. {{= | | =}} .|value|."], expected: "[ .yes.  .yes. ]\n[ .yes.  .|value|. ]\n"),
        SpecCase("Surrounding Whitespace", "| {{=@ @=}} |", expected: "|  |"),
        SpecCase("Outlying Whitespace (Inline)", " | {{=@ @=}}\n", expected: " | \n"),
        SpecCase("Standalone Tag", "Begin.\n{{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        SpecCase("Indented Standalone Tag", "Begin.\n  {{=@ @=}}\nEnd.\n", expected: "Begin.\nEnd.\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{= @ @ =}}\r\n|", expected: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{=@ @=}}\n=", expected: "="),
        SpecCase("Standalone Without Newline", "=\n  {{=@ @=}}", expected: "=\n"),
        SpecCase("Pair with Padding", "|{{= @   @ =}}|", expected: "||"),
    ]

    @Test("renders as the spec expects", arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }
}
