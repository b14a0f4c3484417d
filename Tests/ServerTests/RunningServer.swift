import Foundation
#if canImport(Glibc)
import Glibc
#endif
import SiteGen
import SiteGenServer

/// `serve` running in-process on an ephemeral port over a copy of the golden fixture site.
final class RunningServer: @unchecked Sendable {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SiteGenTests/Fixtures/basic")

    let sandbox: URL
    let root: URL
    let port: Int
    private let task: Task<Void, Error>
    private let lines = LogLines()

    var log: [String] { lines.all }
    /// The lines the server printed from inside a Swift task, rather than from a thread of its own.
    var logInTasks: [String] { lines.inTasks }
    var output: URL { root.appendingPathComponent("Public") }

    private init(sandbox: URL, root: URL, port: Int, task: Task<Void, Error>) {
        self.sandbox = sandbox
        self.root = root
        self.port = port
        self.task = task
    }

    /// `idleTimeout` nil keeps the server's own.
    static func start(idleTimeout: Duration? = nil) async throws -> RunningServer {
        let sandbox = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        let root = sandbox.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: sandbox, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture, to: root)
        try? FileManager.default.removeItem(at: root.appendingPathComponent("Expected"))

        let lines = LogLines()
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        var server = PreviewServer(options: BuildOptions(root: root), host: "127.0.0.1", port: 0)
        if let idleTimeout { server.idleTimeout = idleTimeout }
        let task = Task {
            // Also when the server fails to start: the wait below ends either way.
            defer { continuation.finish() }
            try await server.run(log: { lines.append($0) }, ready: { port in
                continuation.yield(port)
                continuation.finish()
            })
        }
        var port = 0
        for await bound in ports { port = bound }
        guard port != 0 else {
            _ = try await task.value
            throw ServerDidNotStart(log: lines.all)
        }
        let running = RunningServer(sandbox: sandbox, root: root, port: port, task: task)
        running.lines.adopt(lines)
        return running
    }

    /// Saves as most editors do: a new file, written beside the site and renamed over the old.
    /// Written in place, a busy machine could pause between emptying the file and filling it
    /// long enough for the watcher to take the empty file for a save of its own.
    func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let draft = sandbox.appendingPathComponent("draft-\(UUID().uuidString)")
        try Data(text.utf8).write(to: draft)
        guard rename(draft.path, url.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    func get(_ path: String, _ method: String = "GET", headers: [String: String] = [:],
             host: String? = "127.0.0.1") async throws -> RawHTTP.Response {
        let port = port
        return try await offPool { try RawHTTP.request(port: port, method, path, headers: headers, host: host) }
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(at: sandbox)
    }
}

struct ServerDidNotStart: Error {
    var log: [String]
}

/// Lines the server printed, collected from its threads.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [(text: String, inTask: Bool)] = []
    private var source: LogLines?

    func append(_ line: String) {
        let inTask = withUnsafeCurrentTask { $0 != nil }
        lock.withLock { lines.append((line, inTask)) }
    }
    func adopt(_ other: LogLines) { lock.withLock { source = other } }
    var all: [String] { lock.withLock { source?.all ?? lines.map(\.text) } }
    var inTasks: [String] { lock.withLock { source?.inTasks ?? lines.filter(\.inTask).map(\.text) } }
}
