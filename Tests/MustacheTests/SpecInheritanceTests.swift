// The Mustache spec's inheritance (`specs/~inheritance.yml`, optional in the spec, used by
// sitegen's themes): `{{<parent}}…{{/parent}}` renders the parent template with the blocks
// (`{{$name}}…{{/name}}`) given inside the tag in place of the parent's own.
import Testing

@Suite("Mustache spec: inheritance")
struct SpecInheritanceTests {
    static let cases: [SpecCase] = [
        SpecCase("Default", "{{$title}}Default title{{/title}}\n", expected: "Default title\n"),
        SpecCase("Variable", "{{$foo}}default {{bar}} content{{/foo}}\n", ["bar": "baz"], expected: "default baz content\n"),
        SpecCase("Triple Mustache", "{{$foo}}default {{{bar}}} content{{/foo}}\n", ["bar": "<baz>"],
                 expected: "default <baz> content\n"),
        SpecCase("Sections", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "qux"]],
                 expected: "default qux content\n"),
        SpecCase("Negative Sections", "{{$foo}}default {{^bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["baz": "three"],
                 expected: "default three content\n"),
        SpecCase("Mustache Injection", "{{$foo}}default {{#bar}}{{baz}}{{/bar}} content{{/foo}}\n", ["bar": ["baz": "{{qux}}"]],
                 expected: "default {{qux}} content\n"),
        SpecCase("Inherit", "{{<include}}{{/include}}\n", partials: ["include": "{{$foo}}default content{{/foo}}"],
                 expected: "default content"),
        SpecCase("Overridden content", "{{<super}}{{$title}}sub template title{{/title}}{{/super}}",
                 partials: ["super": "...{{$title}}Default title{{/title}}..."], expected: "...sub template title..."),
        SpecCase("Data does not override block", "{{<include}}{{$var}}var in template{{/var}}{{/include}}", ["var": "var in data"],
                 partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in template"),
        SpecCase("Data does not override block default", "{{<include}}{{/include}}", ["var": "var in data"],
                 partials: ["include": "{{$var}}var in include{{/var}}"], expected: "var in include"),
        SpecCase("Overridden parent", "test {{<parent}}{{$stuff}}override{{/stuff}}{{/parent}}",
                 partials: ["parent": "{{$stuff}}...{{/stuff}}"], expected: "test override"),
        SpecCase("Two overridden parents",
                 "test {{<parent}}{{$stuff}}override1{{/stuff}}{{/parent}} {{<parent}}{{$stuff}}override2{{/stuff}}{{/parent}}\n",
                 partials: ["parent": "|{{$stuff}}...{{/stuff}}{{$default}} default{{/default}}|"],
                 expected: "test |override1 default| |override2 default|\n"),
        SpecCase("Override parent with newlines", "{{<parent}}{{$ballmer}}\npeaked\n\n:(\n{{/ballmer}}{{/parent}}",
                 partials: ["parent": "{{$ballmer}}peaking{{/ballmer}}"], expected: "peaked\n\n:(\n"),
        SpecCase("Inherit indentation", "{{<parent}}{{$nineties}}hammer time{{/nineties}}{{/parent}}",
                 partials: ["parent": "stop:\n  {{$nineties}}collaborate and listen{{/nineties}}\n"],
                 expected: "stop:\n  hammer time\n"),
        SpecCase("Only one override", "{{<parent}}{{$stuff2}}override two{{/stuff2}}{{/parent}}",
                 partials: ["parent": "{{$stuff}}new default one{{/stuff}}, {{$stuff2}}new default two{{/stuff2}}"],
                 expected: "new default one, override two"),
        SpecCase("Parent template", "{{>parent}}|{{<parent}}{{/parent}}", partials: ["parent": "{{$foo}}default content{{/foo}}"],
                 expected: "default content|default content"),
        SpecCase("Recursion", "{{<parent}}{{$foo}}override{{/foo}}{{/parent}}",
                 partials: ["parent": "{{$foo}}default content{{/foo}} {{$bar}}{{<parent2}}{{/parent2}}{{/bar}}",
                            "parent2": "{{$foo}}parent2 default content{{/foo}} {{<parent}}{{$bar}}don't recurse{{/bar}}{{/parent}}"],
                 expected: "override override override don't recurse"),
        SpecCase("Multi-level inheritance", "{{<parent}}{{$a}}c{{/a}}{{/parent}}",
                 partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                            "grandParent": "{{$a}}g{{/a}}"], expected: "c"),
        SpecCase("Multi-level inheritance, no sub child", "{{<parent}}{{/parent}}",
                 partials: ["parent": "{{<older}}{{$a}}p{{/a}}{{/older}}", "older": "{{<grandParent}}{{$a}}o{{/a}}{{/grandParent}}",
                            "grandParent": "{{$a}}g{{/a}}"], expected: "p"),
        SpecCase("Text inside parent", "{{<parent}} asdfasd {{$foo}}hmm{{/foo}} asdfasdfasdf {{/parent}}",
                 partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "hmm"),
        SpecCase("Text inside parent (no block)", "{{<parent}} asdfasd asdfasdfasdf {{/parent}}",
                 partials: ["parent": "{{$foo}}default content{{/foo}}"], expected: "default content"),
        SpecCase("Block scope", "{{<parent}}{{$block}}I say {{fruit}}.{{/block}}{{/parent}}",
                 ["fruit": "apples", "nested": ["fruit": "bananas"]],
                 partials: ["parent": "{{#nested}}{{$block}}You say {{fruit}}.{{/block}}{{/nested}}"], expected: "I say bananas."),
        SpecCase("Standalone parent", "Hi,\n  {{<parent}}{{/parent}}\n", partials: ["parent": "one\ntwo\n"],
                 expected: "Hi,\n  one\n  two\n"),
        SpecCase("Standalone block", "{{<parent}}{{$block}}\none\ntwo{{/block}}\n{{/parent}}\n",
                 partials: ["parent": "Hi,\n  {{$block}}{{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
        SpecCase("Block reindentation", "{{<parent}}{{$block}}\n    one\n    two\n{{/block}}{{/parent}}\n",
                 partials: ["parent": "Hi,\n  {{$block}}\n  {{/block}}\n"], expected: "Hi,\n  one\n  two\n"),
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

    /// Two cases where the engine, like swift-mustache 2.1.1 as released (whose own spec tests skip
    /// them), does not indent as the spec asks: it indents a block's content by the indentation of
    /// the block tag, not by that of the parent's default content ("Intrinsic indentation", the
    /// spec wants "Hi,\n  one\n  two\n"), and does not indent a block nested in an overriding
    /// block by where it stands there ("Nested block reindentation", the spec wants
    /// "one\n  three\n"). sitegen's patches leave indentation as the release had it; these record
    /// what the engine does, so that a change to it is seen.
    static let releaseIndentation: [SpecCase] = [
        SpecCase("Intrinsic indentation", "{{<parent}}{{$block}}\none\ntwo\n{{/block}}{{/parent}}\n",
                 partials: ["parent": "Hi,\n{{$block}}\n  default\n{{/block}}\n"], expected: "Hi,\none\ntwo\n"),
        SpecCase("Nested block reindentation", "{{<parent}}{{$nested}}\nthree\n{{/nested}}{{/parent}}\n",
                 partials: ["parent": "{{<grandparent}}{{$block}}\n  one\n  {{$nested}}\n    two\n  {{/nested}}\n{{/block}}{{/grandparent}}\n",
                            "grandparent": "{{$block}}default{{/block}}"], expected: "one\nthree\n"),
    ]

    @Test("indents blocks as the release did where that is not what the spec expects", arguments: releaseIndentation)
    func indentation(_ spec: SpecCase) throws {
        let output = try spec.render()
        #expect(output == spec.expected)
    }
}
