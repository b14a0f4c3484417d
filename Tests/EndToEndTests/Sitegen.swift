import Foundation

/// Runs the real `sitegen` executable, the one `swift build` put next to the test runner.
enum Sitegen {
    /// What one run of the executable did.
    struct Run: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String

        /// Lines of standard error, for exact comparisons of whole diagnostic lines.
        var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

        var description: String { "exit \(status)\n--- stdout\n\(stdout)--- stderr\n\(stderr)" }
    }

    /// `$SITEGEN_BIN`, or `sitegen` in the folder of the test runner (e.g. `.build/debug/`).
    static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["SITEGEN_BIN"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("sitegen")
    }

    /// Runs `sitegen <arguments>` in `directory` and waits for it to exit.
    static func run(_ arguments: [String], in directory: URL) throws -> Run {
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [
                NSLocalizedDescriptionKey: "no sitegen executable at \(executable.path); run swift build, or set SITEGEN_BIN",
            ])
        }
        return try Program.run(executable: executable, arguments, in: directory)
    }
}
