// The Mustache spec's inverted sections (`specs/inverted.yml`): `{{^name}}…{{/name}}` renders its
// content once when the value is falsey, missing or an empty list, and not at all otherwise.
import Foundation
import Testing

@Suite("Mustache spec: inverted sections")
struct SpecInvertedTests {
    static let cases: [SpecCase] = [
        SpecCase("Falsey", "\"{{^boolean}}This should be rendered.{{/boolean}}\"", ["boolean": false],
                 expected: "\"This should be rendered.\""),
        SpecCase("Truthy", "\"{{^boolean}}This should not be rendered.{{/boolean}}\"", ["boolean": true], expected: "\"\""),
        SpecCase("Null is falsey", "\"{{^null}}This should be rendered.{{/null}}\"", ["null": NSNull()],
                 expected: "\"This should be rendered.\""),
        SpecCase("Context", "\"{{^context}}Hi {{name}}.{{/context}}\"", ["context": ["name": "Joe"]], expected: "\"\""),
        SpecCase("List", "\"{{^list}}{{n}}{{/list}}\"", ["list": [["n": 1], ["n": 2], ["n": 3]]], expected: "\"\""),
        SpecCase("Empty List", "\"{{^list}}Yay lists!{{/list}}\"", ["list": [Any]()], expected: "\"Yay lists!\""),
        SpecCase("Doubled", "{{^bool}}\n* first\n{{/bool}}\n* {{two}}\n{{^bool}}\n* third\n{{/bool}}\n",
                 ["bool": false, "two": "second"], expected: "* first\n* second\n* third\n"),
        SpecCase("Nested (Falsey)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", ["bool": false],
                 expected: "| A B C D E |"),
        SpecCase("Nested (Truthy)", "| A {{^bool}}B {{^bool}}C{{/bool}} D{{/bool}} E |", ["bool": true], expected: "| A  E |"),
        SpecCase("Context Misses", "[{{^missing}}Found key 'missing'!{{/missing}}]", expected: "[Found key 'missing'!]"),
        SpecCase("Dotted Names - Truthy", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"\"", ["a": ["b": ["c": true]]],
                 expected: "\"\" == \"\""),
        SpecCase("Dotted Names - Falsey", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", ["a": ["b": ["c": false]]],
                 expected: "\"Not Here\" == \"Not Here\""),
        SpecCase("Dotted Names - Broken Chains", "\"{{^a.b.c}}Not Here{{/a.b.c}}\" == \"Not Here\"", ["a": [String: Any]()],
                 expected: "\"Not Here\" == \"Not Here\""),
        SpecCase("Surrounding Whitespace", " | {{^boolean}}\t|\t{{/boolean}} | \n", ["boolean": false], expected: " | \t|\t | \n"),
        SpecCase("Internal Whitespace", " | {{^boolean}} {{! Important Whitespace }}\n {{/boolean}} | \n", ["boolean": false],
                 expected: " |  \n  | \n"),
        SpecCase("Indented Inline Sections", " {{^boolean}}NO{{/boolean}}\n {{^boolean}}WAY{{/boolean}}\n", ["boolean": false],
                 expected: " NO\n WAY\n"),
        SpecCase("Standalone Lines", "| This Is\n{{^boolean}}\n|\n{{/boolean}}\n| A Line\n", ["boolean": false],
                 expected: "| This Is\n|\n| A Line\n"),
        SpecCase("Standalone Indented Lines", "| This Is\n  {{^boolean}}\n|\n  {{/boolean}}\n| A Line\n", ["boolean": false],
                 expected: "| This Is\n|\n| A Line\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{^boolean}}\r\n{{/boolean}}\r\n|", ["boolean": false], expected: "|\r\n|"),
        SpecCase("Standalone Without Previous Line", "  {{^boolean}}\n^{{/boolean}}\n/", ["boolean": false], expected: "^\n/"),
        SpecCase("Standalone Without Newline", "^{{^boolean}}\n/\n  {{/boolean}}", ["boolean": false], expected: "^\n/\n"),
        SpecCase("Padding", "|{{^ boolean }}={{/ boolean }}|", ["boolean": false], expected: "|=|"),
    ]

    @Test("renders as the spec expects", arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }
}
