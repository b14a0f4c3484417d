@testable import Mustache
import Testing

/// A render takes at most `maximumSteps` steps; past them it stops and says where it was, rather
/// than visiting every context of sections repeated inside one another.
@Suite("Render budget")
struct RenderBudgetTests {
    static func nested(_ depth: Int, name: String = "x", inside: String = "") -> String {
        String(repeating: "{{#\(name)}}", count: depth) + inside + String(repeating: "{{/\(name)}}", count: depth)
    }

    @Test("sections over three items nested a hundred deep, writing nothing, stop and are reported at the outermost")
    func nestedSections() throws {
        let template = try MustacheTemplate(string: "<p>\n  " + Self.nested(MustacheTemplate.maximumDepth) + "\n</p>")
        let rendering = template.renderMeasured(["x": [1, 2, 3]])
        let overrun = try #require(rendering.overrun)
        #expect(overrun.line == 2 && overrun.column == 3)
        #expect(overrun.template == nil, "a template outside any library has no name")
        #expect(rendering.text == "<p>\n  ")
    }

    @Test("the section is named by its template in the library, a partial's too")
    func namedTemplate() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "{{#page}}{{>list}}{{/page}}"), named: "home")
        library.register(try MustacheTemplate(string: "\n" + Self.nested(40)), named: "list")
        let overrun = try #require(library.renderMeasured(["page": ["x": [1, 2]]], withTemplate: "home", steps: 100_000)?.overrun)
        #expect(overrun == MustacheOverrun(template: "list", line: 2, column: 1))
    }

    @Test("a section that holds one item is not where the work multiplies; a block's section is in the file that wrote it")
    func blocksAndSingleItems() throws {
        var library = MustacheLibrary()
        library.register(try MustacheTemplate(string: "<main>{{$main}}{{/main}}</main>"), named: "base")
        library.register(try MustacheTemplate(string: "{{<base}}{{$main}}{{#one}}" + Self.nested(40) + "{{/one}}{{/main}}{{/base}}"), named: "home")
        let overrun = try #require(library.renderMeasured(["one": [1], "x": [1, 2]], withTemplate: "home", steps: 100_000)?.overrun)
        #expect(overrun == MustacheOverrun(template: "home", line: 1, column: 27))
    }

    @Test("a render within its budget is not reported, and stops at the step past it")
    func withinBudget() throws {
        let template = try MustacheTemplate(string: "{{#x}}{{.}},{{/x}}")
        // The template, its section, and for each of 3 items the content and its 2 tokens.
        #expect(template.renderMeasured(["x": [1, 2, 3]], steps: 11).overrun == nil)
        #expect(template.renderMeasured(["x": [1, 2, 3]], steps: 11).text == "1,2,3,")
        let short = template.renderMeasured(["x": [1, 2, 3]], steps: 10)
        #expect(short.overrun == MustacheOverrun(template: nil, line: 1, column: 1))
        #expect(short.text == "1,2,3")
    }

    final class Card: MustacheObject, @unchecked Sendable {
        let title: String
        init(_ title: String) { self.title = title }
        override func child(named name: String) -> Any? { name == "title" ? title : nil }
    }

    @Test("a partial reused from the memo counts the steps it took when it was rendered")
    func memoCountsTheSame() throws {
        func library(memo: Bool) throws -> MustacheLibrary {
            var library = MustacheLibrary()
            library.register(try MustacheTemplate(string: "{{#cards}}{{>card}}{{/cards}}|{{#cards}}{{>card}}{{/cards}}"), named: "list")
            library.register(try MustacheTemplate(string: "<b>{{title}}</b>"), named: "card")
            if memo { library.partialMemo = MustachePartialMemo(shards: 1) }
            return library
        }
        let cards = ["cards": [Card("a"), Card("b")]]
        func fewestSteps(memo: Bool) throws -> Int {
            try #require((1...200).first { steps in
                // A memo of its own for each render: it is filled by the first list, used by the second.
                try library(memo: memo).renderMeasured(cards, withTemplate: "list", steps: steps)?.overrun == nil
            })
        }
        let withMemo = try fewestSteps(memo: true)
        #expect(withMemo == (try fewestSteps(memo: false)))
        #expect(try library(memo: true).renderMeasured(cards, withTemplate: "list", steps: withMemo)?.text == "<b>a</b><b>b</b>|<b>a</b><b>b</b>")
    }
}
