import Foundation
import Testing
@testable import SiteGen
@testable import SiteGenServer

/// The real preview server on an ephemeral port: what it serves, what it refuses, and how it
/// rebuilds and reloads pages after edits.
@Suite("sitegen serve", .serialized)
struct PreviewServerTests {
    @Test("serves folders, files, redirects, 404 page, HEAD and caching headers")
    func serving() async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }

        let home = try await server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-type"] == "text/html; charset=utf-8")
        #expect(home.text.contains("<h1>Welcome</h1>"))
        #expect(home.text.contains(LiveReload.eventsPath), "served HTML gets the reload script")
        #expect(try !String(contentsOf: server.output.appendingPathComponent("index.html"), encoding: .utf8).contains(LiveReload.eventsPath),
                "the built file on disk does not")
        let etag = try #require(home.headers["etag"])
        #expect(home.headers["last-modified"]?.hasSuffix(" GMT") == true)
        #expect(try await server.get("/", headers: ["If-None-Match": etag]).status == 304)

        let head = try await server.get("/campaigns/", "HEAD")
        #expect(head.status == 200)
        #expect(head.body.isEmpty)
        #expect(head.headers["content-length"] == String(try await server.get("/campaigns/").body.count))

        let redirect = try await server.get("/campaigns?x=1")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/campaigns/?x=1")

        #expect(try await server.get("/tags/%E7%B1%B3%E7%B2%89/").status == 200, "percent-encoded Chinese paths are served")
        #expect(try await server.get("/feed.xml").headers["content-type"] == "application/atom+xml")
        #expect(try await server.get("/assets/site.css").headers["content-type"] == "text/css; charset=utf-8")

        let missing = try await server.get("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.text.contains("<main>"), "the site's own 404 page")
        #expect(try await server.get("/", "POST").status == 405)
    }

    @Test("never serves a path that leaves the site", arguments: [
        "/../site.yaml", "/../../../../etc/passwd", "/%2e%2e/site.yaml", "/%2E%2E/%2e%2e/etc/passwd",
        "/assets%2f..%2f..%2fsite.yaml", "/assets/..%5c..%5csite.yaml", "/a\\..\\site.yaml", "/%00", "/..",
    ])
    func traversal(path: String) async throws {
        let server = try await RunningServer.start()
        defer { Task { await server.stop() } }
        let response = try await server.get(path)
        #expect(response.status != 200, "\(path) was served")
        #expect(!response.text.contains("base_url"), "\(path) leaked site.yaml")
        #expect(!response.text.contains("root:"), "\(path) leaked /etc/passwd")
    }
}
