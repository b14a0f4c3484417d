// The Mustache spec's partials (`specs/partials.yml`): `{{>name}}` renders the named template in
// the context where it stands, a missing one renders as nothing, and a partial alone on its line
// is indented as its tag is.
import Testing

@Suite("Mustache spec: partials")
struct SpecPartialsTests {
    static let cases: [SpecCase] = [
        SpecCase("Basic Behavior", "\"{{>text}}\"", partials: ["text": "from partial"], expected: "\"from partial\""),
        SpecCase("Failed Lookup", "\"{{>text}}\"", expected: "\"\""),
        SpecCase("Context", "\"{{>partial}}\"", ["text": "content"], partials: ["partial": "*{{text}}*"], expected: "\"*content*\""),
        SpecCase("Recursion", "{{>node}}", ["content": "X", "nodes": [["content": "Y", "nodes": [Any]()] as [String: Any]]],
                 partials: ["node": "{{content}}<{{#nodes}}{{>node}}{{/nodes}}>"], expected: "X<Y<>>"),
        SpecCase("Nested", "{{>outer}}", ["a": "hello", "b": "world"],
                 partials: ["outer": "*{{a}} {{>inner}}*", "inner": "{{b}}!"], expected: "*hello world!*"),
        SpecCase("Surrounding Whitespace", "| {{>partial}} |", partials: ["partial": "\t|\t"], expected: "| \t|\t |"),
        SpecCase("Inline Indentation", "  {{data}}  {{> partial}}\n", ["data": "|"], partials: ["partial": ">\n>"],
                 expected: "  |  >\n>\n"),
        SpecCase("Standalone Line Endings", "|\r\n{{>partial}}\r\n|", partials: ["partial": ">"], expected: "|\r\n>|"),
        SpecCase("Standalone Without Previous Line", "  {{>partial}}\n>", partials: ["partial": ">\n>"], expected: "  >\n  >>"),
        SpecCase("Standalone Without Newline", ">\n  {{>partial}}", partials: ["partial": ">\n>"], expected: ">\n  >\n  >"),
        SpecCase("Standalone Indentation", "\\\n {{>partial}}\n/\n", ["content": "<\n->"],
                 partials: ["partial": "|\n{{{content}}}\n|\n"], expected: "\\\n |\n <\n->\n |\n/\n"),
        SpecCase("Padding Whitespace", "|{{> partial }}|", ["boolean": true], partials: ["partial": "[]"], expected: "|[]|"),
    ]

    @Test("renders as the spec expects", arguments: cases)
    func spec(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }

    @Test("renders as the spec expects on objects with a partial memo", arguments: cases)
    func memoized(_ spec: SpecCase) throws {
        let outputs = try spec.renderMemoized()
        #expect(outputs == [spec.expected, spec.expected])
    }
}
