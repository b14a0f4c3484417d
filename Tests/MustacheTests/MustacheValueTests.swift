// sitegen's tests of its patches to the vendored swift-mustache (see Sources/Mustache/README.md).
import Mustache
import Testing

/// The values told apart by type must render as the protocol casts had them render.
@Suite("Mustache values told by their type")
struct MustacheValueTests {
    final class Box: MustacheObject, @unchecked Sendable {
        let fields: [String: Any]
        init(_ fields: [String: Any]) { self.fields = fields }
        override func child(named name: String) -> Any? { fields[name] }
        override func transform(_ name: String) -> Any? { name == "count" ? fields.count : nil }
        override var description: String { "Box<\(fields.count)>" }
    }

    func render(_ template: String, _ object: Any) throws -> String {
        try MustacheTemplate(string: template).render(object)
    }

    @Test("a MustacheObject answers lookups, dotted names, sections, transforms and {{.}}")
    func object() throws {
        let box = Box(["title": "T<", "inner": Box(["n": 3]), "flag": false])
        let root: [String: Any] = ["box": box, "outer": "O"]
        #expect(try render("{{box.title}}|{{box.inner.n}}|{{{box.title}}}", root) == "T&lt;|3|T<")
        #expect(try render("{{#box}}{{title}}/{{outer}}{{/box}}|{{^box}}none{{/box}}", root) == "T&lt;/O|")
        #expect(try render("{{count(box)}}|{{box}}|{{#box.flag}}yes{{/box.flag}}{{^box.flag}}no{{/box.flag}}", root) == "3|Box&lt;3&gt;|no")
        #expect(try render("{{missing(box)}}|{{box.nothing}}|{{^box.nothing}}absent{{/box.nothing}}", root) == "||absent")
    }

    @Test("strings, integers, Booleans and dictionaries as before; other types still by their protocols")
    func plainValues() throws {
        let root: [String: Any] = ["s": "a&b", "i": 42, "b": true, "d": ["k": "v"] as [String: Any],
                                   "typed": ["k": "w"], "list": [1, 2], "empty": [String](), "zero": 0]
        #expect(try render("{{s}}|{{{s}}}|{{i}}|{{b}}|{{d.k}}|{{typed.k}}", root) == "a&amp;b|a&b|42|true|v|w")
        #expect(try render("{{#s}}[{{.}}]{{/s}}{{#i}}<{{.}}>{{/i}}{{#d}}{{k}}{{/d}}{{#typed}}{{k}}{{/typed}}", root) == "[a&amp;b]<42>vw")
        #expect(try render("{{#list}}{{.}},{{/list}}|{{^empty}}no items{{/empty}}|{{#zero}}zero is truthy{{/zero}}", root)
                == "1,2,|no items|zero is truthy")
        #expect(try render("{{count(d)}}|{{uppercased(s)}}|{{plusone(i)}}|{{#b}}yes{{/b}}{{^b}}no{{/b}}", root) == "1|A&amp;B|43|yes")
        #expect(try render("{{.s}}|{{#d}}{{.k}}/{{.s}}{{/d}}", root) == "a&amp;b|v/")
        // A string, integer or Boolean pushed by a section has no children: names go further down.
        #expect(try render("{{#s}}{{i}}{{count}}{{/s}}|{{#i}}{{s}}{{/i}}|{{#b}}{{d.k}}{{/b}}|{{#typed}}{{i}}{{/typed}}", root) == "42|a&amp;b|v|42")
    }

    @Test("HTML escaping finds a character to replace wherever it stands in the text")
    func escapingEveryPosition() {
        let replacements: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        for (special, entity) in replacements {
            for length in 1...20 {
                for position in 0..<length {
                    var text = String(repeating: "a", count: length)
                    text.replaceSubrange(text.index(text.startIndex, offsetBy: position)...text.index(text.startIndex, offsetBy: position), with: String(special))
                    let expected = String(repeating: "a", count: position) + entity + String(repeating: "a", count: length - position - 1)
                    #expect(text.htmlEscape() == expected)
                }
            }
        }
        #expect("米粉 & co-creation, 「引号」".htmlEscape() == "米粉 &amp; co-creation, 「引号」")
        #expect("plain text, nothing to escape at all".htmlEscape() == "plain text, nothing to escape at all")
    }
}
