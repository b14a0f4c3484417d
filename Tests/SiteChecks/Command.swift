import Foundation

/// Runs a program to its end, with its output captured and a time limit.
enum Command {
    /// What one run did.
    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool

        var description: String {
            "exit \(status)\(timedOut ? " (stopped: out of time)" : "")\n--- stdout\n\(stdout)\n--- stderr\n\(stderr)"
        }
    }

    /// The executable called `name` on `PATH`, or nil.
    static func which(_ name: String) -> URL? {
        if name.contains("/") {
            return FileManager.default.isExecutableFile(atPath: name) ? URL(fileURLWithPath: name) : nil
        }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }

    /// Runs `executable` with `arguments`; past `timeout` seconds it is sent SIGTERM, then SIGKILL.
    static func run(_ executable: URL, _ arguments: [String], in directory: URL? = nil,
                    environment: [String: String]? = nil, timeout: TimeInterval = 300) throws -> Result {
        // Output goes to files rather than pipes: draining two pipes one after the other can
        // deadlock once the unread one fills up, and a screenshot report is large.
        let logs = try TemporaryFolder("site-checks-log")
        defer { logs.remove() }
        let outURL = logs.url.appendingPathComponent("stdout")
        let errURL = logs.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if let environment { process.environment = environment }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let timedOut = !waitForExit(process, seconds: timeout)
        if timedOut { stop(process) }
        try out.close()
        try err.close()

        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self),
                      timedOut: timedOut)
    }

    /// Waits up to `seconds` for `process` to end; true when it did.
    static func waitForExit(_ process: Process, seconds: TimeInterval) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() >= deadline { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        process.waitUntilExit()
        return true
    }

    /// Ends `process`: SIGTERM so that it can clean up (the browser check closes Chromium then),
    /// SIGKILL when that was not enough.
    static func stop(_ process: Process) {
        guard process.isRunning else { return }
        process.terminate()
        if !waitForExit(process, seconds: 5) {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}
