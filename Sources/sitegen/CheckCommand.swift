import ArgumentParser
import Foundation
import SiteGen

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check content, templates, internal links and images without writing anything.")

    @OptionGroup var site: SiteOptions

    @Flag(help: "Check drafts too.")
    var drafts = false

    func run() throws {
        do {
            let checked = try SiteBuilder.check(BuildOptions(root: site.rootURL, includeDrafts: drafts))
            for note in checked.notes { print(note) }
            print("Checked \(checked.site.pages.count) pages: no problems found\(checked.notes.isEmpty ? "" : "; \(checked.notes.count) note\(checked.notes.count == 1 ? "" : "s") on translations").")
        } catch {
            try fail(error, written: false)
        }
    }
}
