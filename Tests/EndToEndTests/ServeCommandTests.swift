import Foundation
import Testing

/// `sitegen serve` as a user runs it: it prints where it serves, answers, and stops cleanly on Ctrl-C.
@Suite("sitegen serve (binary)")
struct ServeCommandTests {
    @Test("serves on loopback and stops cleanly on SIGINT")
    func serveAndInterrupt() async throws {
        let site = try SiteFixture(MinimalSite.with(["Content/articles/a.md": "---\ntitle: A\ndate: 2026-01-05\n---\nHello.\n"]))
        defer { site.remove() }
        let log = site.sandbox.appendingPathComponent("serve.log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = Sitegen.executable
        process.arguments = ["serve", "--root", site.root.path, "--port", "0"]
        process.standardOutput = try FileHandle(forWritingTo: log)
        process.standardError = process.standardOutput
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var address: String?
        for _ in 0..<100 where address == nil {
            try await Task.sleep(for: .milliseconds(100))
            let text = try String(contentsOf: log, encoding: .utf8)
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("Serving http://127.0.0.1:") }) {
                address = line.split(separator: " ")[1].description
            }
        }
        let url = try #require(address.flatMap(URL.init(string:)), "serve never said where it serves")
        let port = try #require(url.port)
        #expect(site.exists("Public/articles/a/index.html"))
        let connection = try connectLoopback(port: port)
        #expect(connection, "nothing listens on \(url)")

        kill(process.processIdentifier, SIGINT)
        for _ in 0..<50 where process.isRunning { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!process.isRunning, "serve did not stop on SIGINT")
        #expect(process.terminationStatus == 0)
        #expect(try String(contentsOf: log, encoding: .utf8).contains("Stopped."))
    }

    private func connectLoopback(port: Int) throws -> Bool {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        } == 0
    }
}
