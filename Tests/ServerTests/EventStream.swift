import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An open Server-Sent Events connection to `serve`, read line by line.
final class EventStream: @unchecked Sendable {
    private let fd: Int32
    private var pending = ""

    init(port: Int) throws {
        fd = try RawHTTP.connect(port: port)
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        RawHTTP.send(fd, method: "GET", path: "/__sitegen/events", headers: [:])
    }

    /// Connects and waits until the server has registered this page as a listener.
    static func open(port: Int) async throws -> EventStream {
        let stream = try EventStream(port: port)
        try await stream.next(containing: ": connected", within: 30)
        return stream
    }

    @discardableResult
    func next(containing text: String, within limit: TimeInterval) async throws -> TimeInterval {
        try await offPool { try self.waitFor(text, within: limit) }
    }

    deinit { close(fd) }

    /// Waits for a chunk containing `text`; returns the seconds it took, or throws after `limit`.
    private func waitFor(_ text: String, within limit: TimeInterval) throws -> TimeInterval {
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while Date().timeIntervalSince(start) < limit {
            if let range = pending.range(of: text) {
                pending.removeSubrange(..<range.upperBound)
                return Date().timeIntervalSince(start)
            }
            let count = recv(fd, &buffer, buffer.count, 0)
            if count > 0 { pending += String(decoding: buffer[0..<count], as: UTF8.self) }
            if count == 0 { break }
        }
        throw POSIXError(.ETIMEDOUT)
    }
}
