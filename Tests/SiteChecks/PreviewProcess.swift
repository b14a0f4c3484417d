import Foundation

/// `sitegen serve` as a user runs it: the real executable, on 127.0.0.1 and a port the system
/// picked. Call `stop()` when done, also when a test fails.
final class PreviewProcess {
    let port: Int
    private let process: Process
    private let logs: TemporaryFolder

    var baseURL: String { "http://127.0.0.1:\(port)/" }

    /// Starts serving the site in `root` and returns once its first build is done and it listens.
    init(root: URL) throws {
        logs = try TemporaryFolder("site-checks-serve")
        let outURL = logs.url.appendingPathComponent("output")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        process = Process()
        process.executableURL = SitegenBinary.url
        process.arguments = ["serve", "--root", root.path, "--port", "0"]
        process.standardInput = FileHandle.nullDevice
        let out = try FileHandle(forWritingTo: outURL)
        process.standardOutput = out
        process.standardError = out
        try process.run()
        try? out.close()

        let deadline = Date().addingTimeInterval(60)
        var found: Int?
        while found == nil, process.isRunning, Date() < deadline {
            let text = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
            if let match = text.firstMatch(of: /Serving http:\/\/127\.0\.0\.1:(\d+)\//) { found = Int(match.1) }
            if found == nil { Thread.sleep(forTimeInterval: 0.05) }
        }
        guard let found else {
            Command.stop(process)
            let output = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
            logs.remove()
            throw SiteCheckError("sitegen serve did not start: \(output)")
        }
        port = found
    }

    func stop() {
        Command.stop(process)
        logs.remove()
    }
}
