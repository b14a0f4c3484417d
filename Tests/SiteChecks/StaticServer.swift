import Foundation

/// A real static HTTP server (`Scripts/serve.py`, the standard library's file server) on
/// 127.0.0.1 and a port the system picked. Call `stop()` when done, also when a test fails.
final class StaticServer {
    /// The port it listens on.
    let port: Int
    private let process: Process
    private let logs: TemporaryFolder

    /// `http://127.0.0.1:<port>/`.
    var baseURL: String { "http://127.0.0.1:\(port)/" }

    /// Starts serving `folder` and returns once the server listens.
    init(serving folder: URL) throws {
        logs = try TemporaryFolder("site-checks-server")
        let outURL = logs.url.appendingPathComponent("stdout")
        let errURL = logs.url.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)

        process = Process()
        process.executableURL = try Python.interpreter()
        process.environment = Python.environment
        // --max-seconds: should this test runner die without stopping it, it still goes away.
        process.arguments = [Repository.scripts.appendingPathComponent("serve.py").path, folder.path,
                             "--max-seconds", "900"]
        process.standardInput = FileHandle.nullDevice
        let out = try FileHandle(forWritingTo: outURL)
        let err = try FileHandle(forWritingTo: errURL)
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // The server has its own copies of these now.
        try? out.close()
        try? err.close()

        // The script prints its port on its first line once it listens: read it from the file.
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil, process.isRunning, Date() < deadline {
            let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
            if let newline = text.firstIndex(of: "\n") { found = Int(text[..<newline]) }
            if found == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let found else {
            Command.stop(process)
            let stderr = String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self)
            logs.remove()
            throw SiteCheckError("the static server did not start (serve.py): \(stderr)")
        }
        port = found
    }

    /// Ends the server and removes its logs.
    func stop() {
        Command.stop(process)
        logs.remove()
    }
}
