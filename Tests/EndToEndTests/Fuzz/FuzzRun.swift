import Foundation

/// One `sitegen build` of a fuzz case, stopped when it outlives its time limit.
///
/// The limit is on CPU time (`ulimit -t`), which a build spends at the same rate however busy
/// the machine is, so that a case that takes a second alone is not called a hang when other
/// tests share the cores. A build waiting on nothing (a deadlock) spends no CPU time; it is
/// killed after `wallFactor` times the limit in wall time.
struct FuzzRun {
    enum Ending: Equatable {
        case exited(Int32)
        case signal(Int32)
        /// Stopped after the limit of CPU time, or of wall time: a hang, whatever it would have
        /// done later.
        case timedOut
    }

    static let wallFactor = 10.0

    var ending: Ending
    var stdout: [UInt8]
    var stderr: [UInt8]

    /// Address space a build may take for its data, so that a build that runs away with memory
    /// fails on its own rather than taking the machine with it.
    static let dataLimitKilobytes = 4 * 1_024 * 1_024

    /// Runs `sitegen build --root <sandbox>/site` from the sandbox, with at most `timeout` seconds
    /// of CPU time; logs go to `logs`, outside it.
    static func build(_ sandbox: FuzzSandbox, logs: URL, timeout: Double) throws -> FuzzRun {
        let executable = Sitegen.executable
        guard FileManager.default.isExecutableFile(atPath: executable.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [
                NSLocalizedDescriptionKey: "no sitegen executable at \(executable.path); run swift build, or set SITEGEN_BIN",
            ])
        }
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let outURL = logs.appendingPathComponent("stdout"), errURL = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        let process = Process()
        // The shell sets the limit and then becomes sitegen (exec), so that the process waited
        // for, and killed on a hang, is sitegen itself and its signals are seen as they are.
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "ulimit -d \(dataLimitKilobytes) && ulimit -t \(Int(timeout.rounded(.up))) && exec \"$0\" \"$@\"",
                             executable.path, "build", "--root", sandbox.root.path]
        process.currentDirectoryURL = sandbox.folder
        // Symbolicating a crash takes seconds; the saved case replays it with a backtrace.
        var environment = ProcessInfo.processInfo.environment
        if environment["SWIFT_BACKTRACE"] == nil { environment["SWIFT_BACKTRACE"] = "enable=no" }
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        try process.run()
        var timedOut = false
        if exited.wait(timeout: .now() + timeout * wallFactor) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
        }
        try out.close()
        try err.close()

        // Past the soft limit of CPU time the kernel sends SIGXCPU, past the hard one SIGKILL.
        let cpuLimit = process.terminationReason == .uncaughtSignal && [SIGXCPU, SIGKILL].contains(process.terminationStatus)
        let ending: Ending = if timedOut || cpuLimit {
            .timedOut
        } else if process.terminationReason == .uncaughtSignal {
            .signal(process.terminationStatus)
        } else {
            .exited(process.terminationStatus)
        }
        return FuzzRun(ending: ending, stdout: Array(try Data(contentsOf: outURL)), stderr: Array(try Data(contentsOf: errURL)))
    }
}
