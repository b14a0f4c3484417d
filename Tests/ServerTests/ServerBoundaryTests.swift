import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import SiteGenServer

/// What the preview server refuses to be used for: a redirect to another site, an answer to a page
/// of another host name (DNS rebinding), connections held open without a request.
@Suite("sitegen serve: redirects, host names and idle connections", .serialized)
struct ServerBoundaryTests {
    @Test("a folder's redirect stays on this site, however many slashes lead the path", arguments: [
        ("//tags", "/tags/"), ("///tags", "/tags/"), ("//campaigns?x=1", "/campaigns/?x=1"), ("/campaigns", "/campaigns/"),
    ])
    func redirectStaysOnSite(path: String, location: String) async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let response = try await server.get(path)
        #expect(response.status == 301)
        #expect(response.headers["location"] == location)
    }

    @Test("answers the host names it serves on, with or without its port")
    func servedHostNames() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        for host in ["127.0.0.1", "127.0.0.1:\(server.port)", "localhost", "localhost:\(server.port)", "LocalHost",
                     "[::1]", "[::1]:\(server.port)"] {
            #expect(try await server.get("/", host: host).status == 200, "Host: \(host)")
        }
    }

    @Test("refuses any other host name, also for the reload events", arguments: [
        "evil.example", "evil.example:8000", "127.0.0.1.evil.example", "localhost.evil.example", "localhost:1",
        "127.0.0.1:80", "[::2]", "127.0.0.2", "localhost:", "",
    ])
    func otherHostNames(host: String) async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        for path in ["/", "/campaigns/", LiveReload.eventsPath] {
            let response = try await server.get(path, host: host)
            #expect([400, 421].contains(response.status), "Host: \(host) for \(path) got \(response.status)")
            #expect(!response.text.contains("<h1>"), "no page is shown")
        }
        let refused = try await server.get("/", host: host)
        #expect(refused.text.contains("127.0.0.1:\(server.port)"), "the refusal says where the preview is: \(refused.text)")
    }

    @Test("refuses a request without a Host header")
    func missingHost() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        #expect(try await server.get("/", host: nil).status == 400)
    }

    @Test("closes a connection that sends nothing, only part of its headers, or nothing after an answer")
    func idleConnectionsClose() async throws {
        let server = try await RunningServer.start(idleTimeout: .seconds(1))
        defer { Task { await server.stop() } }
        let port = server.port
        let closed = try await offPool { () -> [String: Bool] in
            let silent = try RawHTTP.connect(port: port)
            let slow = try RawHTTP.connect(port: port)
            let kept = try RawHTTP.connect(port: port)
            defer { [silent, slow, kept].forEach { close($0) } }
            _ = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow".withCString { send(slow, $0, strlen($0), 0) }
            RawHTTP.send(kept, method: "GET", path: "/robots.txt", headers: [:])
            // Generous: the server closes each after a second of silence; only a server that
            // never closes them makes this wait the whole time.
            return ["nothing sent": RawHTTP.waitForClose(silent, within: 20),
                    "part of the headers": RawHTTP.waitForClose(slow, within: 20),
                    "nothing after an answer": RawHTTP.waitForClose(kept, within: 20)]
        }
        for (connection, isClosed) in closed.sorted(by: { $0.key < $1.key }) {
            #expect(isClosed, "a connection with \(connection) stayed open")
        }
    }

    @Test("keeps a page's reload stream open past the idle timeout")
    func reloadStreamOutlivesIdleTimeout() async throws {
        let server = try await RunningServer.start(idleTimeout: .seconds(1))
        defer { Task { await server.stop() } }
        let events = try await EventStream.open(port: server.port)
        // Past the idle timeout, so that a stream the server counted as idle would be closed by now.
        try await Task.sleep(for: .seconds(3))
        try server.write(LiveReloadTests.page, "---\ntitle: City Cup, later\ndate: 2021-07-29\n---\nLater.\n")
        try await events.next(containing: "event: reload", within: 30)
    }

    @Test("builds and rebuilds run outside Swift's task pool, which answers requests")
    func buildsLeaveThePool() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let events = try await EventStream.open(port: server.port)
        try server.write(LiveReloadTests.page, "---\ntitle: City Cup, rebuilt\ndate: 2021-07-29\n---\nRebuilt.\n")
        try await events.next(containing: "event: reload", within: 30)
        let builds = server.log.filter { $0.hasPrefix("Built ") }
        #expect(builds.count >= 2, "\(server.log)")
        #expect(server.logInTasks.filter { $0.hasPrefix("Built ") } == [], "a build ran in a task")
    }
}
