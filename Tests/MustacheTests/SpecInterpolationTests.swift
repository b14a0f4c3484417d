// The Mustache spec's interpolation (`specs/interpolation.yml`): `{{name}}` is looked up down the
// context stack and HTML-escaped, `{{{name}}}` and `{{&name}}` are not escaped, a dotted name is
// looked up part by part, and a miss is the empty string.
import Foundation
import Testing

@Suite("Mustache spec: interpolation")
struct SpecInterpolationTests {
    static let forbidden = "& \" < >"

    static let cases: [SpecCase] = [
        SpecCase("No Interpolation", "Hello from {Mustache}!\n", expected: "Hello from {Mustache}!\n"),
        SpecCase("Basic Interpolation", "Hello, {{subject}}!\n", ["subject": "world"], expected: "Hello, world!\n"),
        SpecCase("No Re-interpolation", "{{template}}: {{planet}}", ["template": "{{planet}}", "planet": "Earth"],
                 expected: "{{planet}}: Earth"),
        SpecCase("HTML Escaping", "These characters should be HTML escaped: {{forbidden}}\n", ["forbidden": forbidden],
                 expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        SpecCase("Triple Mustache", "These characters should not be HTML escaped: {{{forbidden}}}\n", ["forbidden": forbidden],
                 expected: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Ampersand", "These characters should not be HTML escaped: {{&forbidden}}\n", ["forbidden": forbidden],
                 expected: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Basic Integer Interpolation", "\"{{mph}} miles an hour!\"", ["mph": 85], expected: "\"85 miles an hour!\""),
        SpecCase("Triple Mustache Integer Interpolation", "\"{{{mph}}} miles an hour!\"", ["mph": 85],
                 expected: "\"85 miles an hour!\""),
        SpecCase("Ampersand Integer Interpolation", "\"{{&mph}} miles an hour!\"", ["mph": 85], expected: "\"85 miles an hour!\""),
        SpecCase("Basic Decimal Interpolation", "\"{{power}} jiggawatts!\"", ["power": 1.210], expected: "\"1.21 jiggawatts!\""),
        SpecCase("Triple Mustache Decimal Interpolation", "\"{{{power}}} jiggawatts!\"", ["power": 1.210],
                 expected: "\"1.21 jiggawatts!\""),
        SpecCase("Ampersand Decimal Interpolation", "\"{{&power}} jiggawatts!\"", ["power": 1.210],
                 expected: "\"1.21 jiggawatts!\""),
        SpecCase("Basic Null Interpolation", "I ({{cannot}}) be seen!", ["cannot": NSNull()], expected: "I () be seen!"),
        SpecCase("Triple Mustache Null Interpolation", "I ({{{cannot}}}) be seen!", ["cannot": NSNull()],
                 expected: "I () be seen!"),
        SpecCase("Ampersand Null Interpolation", "I ({{&cannot}}) be seen!", ["cannot": NSNull()], expected: "I () be seen!"),
        SpecCase("Basic Context Miss Interpolation", "I ({{cannot}}) be seen!", expected: "I () be seen!"),
        SpecCase("Triple Mustache Context Miss Interpolation", "I ({{{cannot}}}) be seen!", expected: "I () be seen!"),
        SpecCase("Ampersand Context Miss Interpolation", "I ({{&cannot}}) be seen!", expected: "I () be seen!"),
        SpecCase("Dotted Names - Basic Interpolation", "\"{{person.name}}\" == \"{{#person}}{{name}}{{/person}}\"",
                 ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Triple Mustache Interpolation", "\"{{{person.name}}}\" == \"{{#person}}{{{name}}}{{/person}}\"",
                 ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Ampersand Interpolation", "\"{{&person.name}}\" == \"{{#person}}{{&name}}{{/person}}\"",
                 ["person": ["name": "Joe"]], expected: "\"Joe\" == \"Joe\""),
        SpecCase("Dotted Names - Arbitrary Depth", "\"{{a.b.c.d.e.name}}\" == \"Phil\"",
                 ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]]], expected: "\"Phil\" == \"Phil\""),
        SpecCase("Dotted Names - Broken Chains", "\"{{a.b.c}}\" == \"\"", ["a": [String: Any]()], expected: "\"\" == \"\""),
        SpecCase("Dotted Names - Broken Chain Resolution", "\"{{a.b.c.name}}\" == \"\"",
                 ["a": ["b": [String: Any]()], "c": ["name": "Jim"]], expected: "\"\" == \"\""),
        SpecCase("Dotted Names - Initial Resolution", "\"{{#a}}{{b.c.d.e.name}}{{/a}}\" == \"Phil\"",
                 ["a": ["b": ["c": ["d": ["e": ["name": "Phil"]]]]], "b": ["c": ["d": ["e": ["name": "Wrong"]]]]],
                 expected: "\"Phil\" == \"Phil\""),
        SpecCase("Dotted Names - Context Precedence", "{{#a}}{{b.c}}{{/a}}",
                 ["a": ["b": [String: Any]()], "b": ["c": "ERROR"]], expected: ""),
        SpecCase("Dotted Names are never single keys", "{{a.b}}", ["a.b": "c"], expected: ""),
        SpecCase("Dotted Names - No Masking", "{{a.b}}", ["a.b": "c", "a": ["b": "d"]], expected: "d"),
        SpecCase("Implicit Iterators - Basic Interpolation", "Hello, {{.}}!\n", root: "world", expected: "Hello, world!\n"),
        SpecCase("Implicit Iterators - HTML Escaping", "These characters should be HTML escaped: {{.}}\n", root: forbidden,
                 expected: "These characters should be HTML escaped: &amp; &quot; &lt; &gt;\n"),
        SpecCase("Implicit Iterators - Triple Mustache", "These characters should not be HTML escaped: {{{.}}}\n", root: forbidden,
                 expected: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Implicit Iterators - Ampersand", "These characters should not be HTML escaped: {{&.}}\n", root: forbidden,
                 expected: "These characters should not be HTML escaped: & \" < >\n"),
        SpecCase("Implicit Iterators - Basic Integer Interpolation", "\"{{.}} miles an hour!\"", root: 85,
                 expected: "\"85 miles an hour!\""),
        SpecCase("Interpolation - Surrounding Whitespace", "| {{string}} |", ["string": "---"], expected: "| --- |"),
        SpecCase("Triple Mustache - Surrounding Whitespace", "| {{{string}}} |", ["string": "---"], expected: "| --- |"),
        SpecCase("Ampersand - Surrounding Whitespace", "| {{&string}} |", ["string": "---"], expected: "| --- |"),
        SpecCase("Interpolation - Standalone", "  {{string}}\n", ["string": "---"], expected: "  ---\n"),
        SpecCase("Triple Mustache - Standalone", "  {{{string}}}\n", ["string": "---"], expected: "  ---\n"),
        SpecCase("Ampersand - Standalone", "  {{&string}}\n", ["string": "---"], expected: "  ---\n"),
        SpecCase("Interpolation With Padding", "|{{ string }}|", ["string": "---"], expected: "|---|"),
        SpecCase("Triple Mustache With Padding", "|{{{ string }}}|", ["string": "---"], expected: "|---|"),
        SpecCase("Ampersand With Padding", "|{{& string }}|", ["string": "---"], expected: "|---|"),
    ]

    @Test("renders as the spec expects", arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }
}
