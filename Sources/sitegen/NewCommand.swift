import ArgumentParser
import Foundation
import SiteGen

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a new draft page with front matter; never overwrites.")

    @OptionGroup var site: SiteOptions

    @Argument(help: "The page to write, as <section>/<slug> (or <slug> for a top-level page).")
    var target: String

    @Option(help: "The page's title (default: made from the slug).")
    var title: String?

    @Option(help: "Comma-separated tags, e.g. music,co-creation.")
    var tags: String?

    @Option(help: "The page's date, YYYY-MM-DD (default: today in the site's time zone).")
    var date: String?

    @Option(help: "Write a translation of the existing page into this language (its code in site.yaml), e.g. zh.")
    var lang: String?

    func run() throws {
        do {
            if let lang {
                let translation = try TranslationScaffold.create(root: site.rootURL, target: target, code: lang)
                print("Wrote \(translation.path): translate it, then remove 'draft: true'.")
                return
            }
            let page = try PageScaffold.create(root: site.rootURL, target: target, title: title, tags: tags, date: date)
            print("Wrote \(page.path); it will be published at \(page.url) once 'draft: true' is removed.")
        } catch {
            try fail(error)
        }
    }
}
