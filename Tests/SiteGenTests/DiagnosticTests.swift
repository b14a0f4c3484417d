import Testing
@testable import SiteGen

@Suite("Diagnostic")
struct DiagnosticTests {
    @Test("prints file:line:col, the severity and the message on one line, the hint on the next")
    func printed() {
        let diagnostic = Diagnostic(file: "Content/a.md", line: 3, column: 7, message: "'date' is missing", hint: "add a date")
        #expect(diagnostic.description == "Content/a.md:3:7: error: 'date' is missing\n  hint: add a date")
        #expect(Diagnostic(file: "Content/a.md", severity: .warning, message: "m").description == "Content/a.md: warning: m")
    }

    @Test("control characters in a file name, message or hint are escaped, so that each stays on its line", arguments: [
        ("Content/a\nb.md", "Content/a\\nb.md"),
        ("Content/tab\there\r.md", "Content/tab\\there\\r.md"),
        ("Content/\u{1B}[31mred.md", "Content/\\u{1B}[31mred.md"),
        ("Content/\u{202E}dm.txt", "Content/\\u{202E}dm.txt"),
        ("Content/米粉 café.md", "Content/米粉 café.md"),
    ])
    func escaped(raw: String, shown: String) {
        let diagnostic = Diagnostic(file: raw, line: 1, column: 2, message: "found \(raw)", hint: "rename \(raw)")
        #expect(diagnostic.description == "\(shown):1:2: error: found \(shown)\n  hint: rename \(shown)")
    }
}
