import Foundation
@testable import SiteGen
import Testing

@Suite("sitegen's man page and a new site's name")
struct ManualPageTests {
    static let tool = """
        {"serializationVersion": 0, "command": {"commandName": "tool", "abstract": "Does things.",
         "discussion": "First paragraph.\\n\\n.A line that starts with a dot, and a back\\\\slash.",
         "arguments": [{"kind": "flag", "names": [{"kind": "short", "name": "h"}, {"kind": "long", "name": "help"}],
                        "valueName": "help", "abstract": "Show help.", "isOptional": true}],
         "subcommands": [
          {"commandName": "make", "abstract": "Makes it.", "arguments": [
            {"kind": "positional", "valueName": "target", "abstract": "What to make.", "isOptional": false},
            {"kind": "option", "names": [{"kind": "long", "name": "out-dir"}], "valueName": "out-dir",
             "abstract": "Where.", "defaultValue": ".", "isOptional": true},
            {"kind": "flag", "names": [{"kind": "long", "name": "version"}], "valueName": "version", "isOptional": true}]},
          {"commandName": "secret", "shouldDisplay": false},
          {"commandName": "help", "abstract": "Show subcommand help."}]}}
        """

    @Test("every shown command with its synopsis and options; hidden ones, help and --version left to their place")
    func page() throws {
        let page = try #require(ManualPage.render(toolInfo: Data(Self.tool.utf8), version: "1.2.3"))
        let lines = page.split(separator: "\n").map(String.init)
        #expect(lines.first == ".TH TOOL 1 \"\" \"tool 1.2.3\" \"User Commands\"")
        #expect(lines.contains("tool \\- Does things."))
        #expect(lines.contains("\\fBtool make\\fR \\fItarget\\fR [\\fB\\-\\-out\\-dir\\fR \\fIout\\-dir\\fR]"))
        #expect(lines.contains(".SS \"tool make\""))
        #expect(lines.contains("\\fB\\-\\-out\\-dir\\fR \\fIout\\-dir\\fR"))
        #expect(lines.contains("Where. (default: .)"))
        #expect(lines.contains("\\&.A line that starts with a dot, and a back\\eslash."), "a line never starts a request")
        #expect(lines.contains("\\fB\\-h\\fR, \\fB\\-\\-help\\fR"), "the tool's own options")
        #expect(!page.contains("secret") && !page.contains("subcommand help") && !page.contains("version\\fR"))
    }

    @Test("a description that is not one gives no page")
    func notADescription() {
        #expect(ManualPage.render(toolInfo: Data("{}".utf8), version: "1") == nil)
    }

    @Test("a new site's title comes from its folder's name", arguments: [
        ("my-site", "My Site"), ("notes_2026", "Notes 2026"), (".", "My Site"), ("", "My Site"), ("blog", "Blog"),
    ])
    func title(folder: String, title: String) {
        #expect(SiteScaffold.title(forFolder: folder) == title)
    }
}
