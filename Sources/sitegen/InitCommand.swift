import ArgumentParser
import Foundation
import SiteGen

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a new site, with an example page and the default theme, into a new or empty folder.",
        discussion: "The site builds as it is: change site.yaml and the pages in Content/ to make it yours. Never overwrites.")

    @Argument(help: "The folder to make the site in; it must not exist yet, or be empty.", completion: .directory)
    var folder: String

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        do {
            _ = try SiteScaffold.create(at: url)
            print("""
                Made a new site in \(folder): site.yaml, Content/ with an example page, and Templates/ (the default theme).
                Next:
                  cd \(folder)
                  sitegen serve    # builds, serves http://127.0.0.1:8000/ and reloads as you write
                  sitegen build    # writes the site into Public/
                """)
        } catch {
            try fail(error)
        }
    }
}
