import Foundation

/// Runs a program other than sitegen (make, man, bash, rsync), found on `PATH`, and waits for it.
enum Program {
    /// This repository's folder, which holds the Makefile.
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// True when `name` is on `PATH`.
    static func exists(_ name: String) -> Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
        }
    }

    /// Runs `name arguments…` in `directory`, with `environment` added to this process's.
    static func run(_ name: String, _ arguments: [String], in directory: URL,
                    environment: [String: String] = [:]) throws -> Sitegen.Run {
        try run(executable: URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments, in: directory, environment: environment)
    }

    /// Runs `executable arguments…` in `directory` and waits for it to exit.
    static func run(executable: URL, _ arguments: [String], in directory: URL,
                    environment: [String: String] = [:]) throws -> Sitegen.Run {
        // Output goes to files rather than pipes: draining two pipes one after the other can
        // deadlock once the unread one fills up. The files live outside any sandbox a test
        // snapshots.
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
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return Sitegen.Run(status: process.terminationStatus,
                           stdout: try String(contentsOf: outURL, encoding: .utf8),
                           stderr: try String(contentsOf: errURL, encoding: .utf8))
    }
}
