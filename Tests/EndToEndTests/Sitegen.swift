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
        // Output goes to files rather than pipes: draining two pipes one after the other can
        // deadlock once the unread one fills up. The files live outside the sandbox so that
        // they never show up in a snapshot of it.
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-e2e-log-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("stdout")
        let errURL = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()

        return Run(status: process.terminationStatus,
                   stdout: try String(contentsOf: outURL, encoding: .utf8),
                   stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
