// sitegen's tests of its partial memo in the vendored swift-mustache (see Sources/Mustache/README.md).
import Mustache
import Testing

@Suite("Mustache partial memo")
struct PartialMemoTests {
    /// An object that counts the names it is asked for.
    final class Card: MustacheObject, @unchecked Sendable {
        let fields: [String: Any]
        var lookups = 0
        init(_ fields: [String: Any]) { self.fields = fields }
        override func child(named name: String) -> Any? {
            lookups += 1
            return fields[name]
        }
    }

    /// A library of `templates`, with a memo unless `memo` is false. Tests that count how often the
    /// memo judged a partial worth recording give it one shard: with more, which shard judges an
    /// object follows from the object's address, and so would the count.
    func library(_ templates: [String: String], memo: Bool = true, shards: Int = 16) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in templates { try library.register(text, named: name) }
        if memo { library.partialMemo = MustachePartialMemo(shards: shards) }
        return library
    }

    @Test("a partial on the same object is rendered once and reused, in any list")
    func reused() throws {
        let templates = ["list": "{{#cards}}{{>card}}{{/cards}}", "card": "<{{title}}:{{#tags}}{{.}},{{/tags}}>"]
        let card = Card(["title": "A&B", "tags": ["x", "y"]])
        let other = Card(["title": "C", "tags": [String]()])
        let memoized = try library(templates)
        let first = memoized.render(["cards": [card, other, card]], withTemplate: "list")
        let lookups = card.lookups
        let second = memoized.render(["cards": [other, card]], withTemplate: "list")
        #expect(first == "<A&amp;B:x,y,><C:><A&amp;B:x,y,>")
        #expect(second == "<C:><A&amp;B:x,y,>")
        #expect(lookups == 2, "the second card of the first list came from the memo")
        #expect(card.lookups == lookups, "and so did the one in the second list")
        #expect(try library(templates, memo: false).render(["cards": [card, other, card]], withTemplate: "list") == first)
    }

    @Test("a partial that looks below its object is rendered where it is used", arguments: [
        "{{title}} in {{place}}",          // a name the card does not answer, found further down
        "{{title}}{{#missing}}!{{/missing}}{{^missing}} in {{place}}{{/missing}}",  // nothing answers it
        "{{title}}{{#nested}}{{#deeper}} in {{place}}{{/deeper}}{{/nested}}",      // from inside a section of its own
    ])
    func dependsOnPlace(card template: String) throws {
        let memoized = try library(["list": "{{#cards}}{{>card}}{{/cards}}", "card": template])
        let card = Card(["title": "A", "nested": ["deeper": true] as [String: Any]])
        let here = memoized.render(["cards": [card], "place": "here"], withTemplate: "list")
        let there = memoized.render(["cards": [card], "place": "there"], withTemplate: "list")
        #expect(here == "A in here")
        #expect(there == "A in there")
    }

    @Test("a partial that expands a block of its enclosing template is not reused across templates")
    func blocks() throws {
        let memoized = try library([
            "base": "{{$main}}{{/main}}",
            "one": "{{<base}}{{$main}}{{#cards}}{{>card}}{{/cards}}{{/main}}{{$label}}one{{/label}}{{/base}}",
            "two": "{{<base}}{{$main}}{{#cards}}{{>card}}{{/cards}}{{/main}}{{$label}}two{{/label}}{{/base}}",
            "card": "{{title}}:{{$label}}none{{/label}}",
        ])
        let card = Card(["title": "A"])
        #expect(memoized.render(["cards": [card]], withTemplate: "one") == "A:one")
        #expect(memoized.render(["cards": [card]], withTemplate: "two") == "A:two")
    }

    @Test("an indented partial keeps its indentation, wherever it is used")
    func indented() throws {
        let memoized = try library(["list": "{{#cards}}\n  {{>card}}\n{{/cards}}", "flat": "{{#cards}}{{>card}}{{/cards}}",
                                    "card": "<{{title}}>\n<{{title}}>\n"])
        let card = Card(["title": "A"])
        #expect(memoized.render(["cards": [card]], withTemplate: "flat") == "<A>\n<A>\n")
        #expect(memoized.render(["cards": [card]], withTemplate: "list") == "  <A>\n  <A>\n")
    }

    @Test("past its byte limit, the memo renders partials as if it were not there")
    func limit() throws {
        var library = MustacheLibrary()
        try library.register("{{#cards}}{{>card}}{{/cards}}", named: "list")
        try library.register("<{{title}}>", named: "card")
        library.partialMemo = MustachePartialMemo(byteLimit: 3)
        let small = Card(["title": "A"]), large = Card(["title": "BB"])
        #expect(library.render(["cards": [small, large, small, large]], withTemplate: "list") == "<A><BB><A><BB>")
        #expect(small.lookups == 1, "the first card fits")
        #expect(large.lookups == 2, "the second does not, and is rendered each time")
    }

    @Test("a partial whose recordings are not used again stops being recorded; one whose are goes on")
    func admission() throws {
        let memoized = try library(["page": "{{#page}}{{>tags}}{{/page}}", "list": "{{#cards}}{{>card}}{{/cards}}",
                                    "tags": "[{{title}}]", "card": "<{{title}}>"], shards: 1)
        // Enough objects for the memo to judge both partials.
        let pages = (0..<2_000).map { Card(["title": "\($0)"]) }
        for page in pages {
            #expect(memoized.render(["page": page], withTemplate: "page") == "[\(page.fields["title"]!)]")
            #expect(memoized.render(["cards": [page, page]], withTemplate: "list") == "<\(page.fields["title"]!)>".repeated(2))
        }
        let page = Card(["title": "new"])
        #expect(memoized.render(["page": page], withTemplate: "page") == "[new]")
        #expect(memoized.render(["page": page], withTemplate: "page") == "[new]")
        #expect(page.lookups == 2, "each page's tags were shown once: not recorded any more")
        #expect(memoized.render(["cards": [page, page, page]], withTemplate: "list") == "<new><new><new>")
        #expect(page.lookups == 3, "cards were shown twice each: still recorded")
        // A card freed early could leave its address to a later one, which the memo would take
        // for the same object come back.
        withExtendedLifetime(pages) {}
    }

    // At 148 cards, a card that came back while its partial was being recorded again was counted
    // as a new object, which left the partial just short of worth recording.
    @Test("a partial judged unworthy on its first objects is recorded again once they come back",
          arguments: [50, 148, 500, 2_000])
    func readmission(cardCount: Int) throws {
        let memoized = try library(["list": "{{#cards}}{{>card}}{{/cards}}", "card": "<{{title}}>"], shards: 1)
        let cards = (0..<cardCount).map { Card(["title": "\($0)"]) }
        for card in cards { _ = memoized.render(["cards": [card]], withTemplate: "list") }
        let late = Card(["title": "late"])
        #expect(memoized.render(["cards": [late, late]], withTemplate: "list") == "<late><late>")
        #expect(late.lookups == 2, "no card had been shown twice: not recorded")
        for card in cards { _ = memoized.render(["cards": [card]], withTemplate: "list") }
        let later = Card(["title": "later"])
        #expect(memoized.render(["cards": [later, later]], withTemplate: "list") == "<later><later>")
        #expect(later.lookups == 1, "every card came back: recorded again")
        // As in `admission`: no card leaves its address to a later one.
        withExtendedLifetime((cards, late)) {}
    }

    @Test("a host may raise the byte limit once it knows how much there is")
    func raisedLimit() throws {
        var library = MustacheLibrary()
        try library.register("{{#cards}}{{>card}}{{/cards}}", named: "list")
        try library.register("<{{title}}>", named: "card")
        let memo = MustachePartialMemo(byteLimit: 0)
        library.partialMemo = memo
        let card = Card(["title": "A"])
        #expect(library.render(["cards": [card, card]], withTemplate: "list") == "<A><A>")
        #expect(card.lookups == 2)
        memo.byteLimit = 3
        #expect(memo.byteLimit == 3)
        #expect(library.render(["cards": [card, card]], withTemplate: "list") == "<A><A>")
        #expect(card.lookups == 3, "recorded once the limit allows")
    }
}

private extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}
