import Foundation
import Testing
@testable import SiteGen

@Suite("JSON text inside HTML")
struct JSONTextTests {
    @Test("characters that could end or hide a script element, or break a line in older JavaScript, are escaped", arguments: [
        ("Why <!--<script> hacks broke", #""Why \u003c!--\u003cscript\u003e hacks broke""#),
        ("</script><b>A & B</b>", #""\u003c\/script\u003e\u003cb\u003eA \u0026 B\u003c\/b\u003e""#),
        ("line\u{2028}para\u{2029}end", #""line\u2028para\u2029end""#),
        // Other characters starting with the byte E2 stay as they are.
        ("— … ‘quoted’ €", #""— … ‘quoted’ €""#),
        ("\u{E2}", #""â""#),
        ("\u{1F}\u{7F} 米粉🎵", #""\u001f"# + "\u{7F}" + #" 米粉🎵""#),
    ])
    func escaped(text: String, expected: String) throws {
        let json = JSONText.string(text).text
        #expect(json == expected)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(json)]".utf8)) as? [String]
        #expect(decoded == [text])
    }

    @Test("a whole object has no <, > or & left, and reads back the same")
    func object() throws {
        let value = JSONText.object(["headline": .string("a < b > c & d"), "author": .object(["name": .string("<!--")])])
        let text = value.text
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(decoded["headline"] as? String == "a < b > c & d")
        #expect((decoded["author"] as? [String: String])?["name"] == "<!--")
    }
}
