import Foundation

/// The real `sitegen` executable, the one `swift build` put next to the test runner.
enum SitegenBinary {
    /// `$SITEGEN_BIN`, or `sitegen` in the folder of the test runner (e.g. `.build/debug/`).
    static var url: URL {
        if let override = ProcessInfo.processInfo.environment["SITEGEN_BIN"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
    }

    /// Builds this repository's own archive site into `Public/` in `folder` and returns that.
    static func buildArchive(in folder: TemporaryFolder) throws -> URL {
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw SiteCheckError("no sitegen executable at \(url.path): run `swift build --product sitegen`, or set SITEGEN_BIN")
        }
        let output = folder.url.appendingPathComponent("Public", isDirectory: true)
        let run = try Command.run(url, ["build", "--root", Repository.root.path, "--output", output.path],
                                  in: folder.url, timeout: 120)
        guard run.status == 0 else {
            throw SiteCheckError("sitegen build of the archive failed: \(run)")
        }
        return output
    }
}
