import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle
import SiteGen

/// `sitegen serve`: builds the site, serves it, watches its sources, rebuilds after every burst
/// of changes and tells open pages to reload. A failed rebuild leaves the last good site in
/// place and shows its errors in the terminal and over every page.
public struct PreviewServer: Sendable {
    public var options: BuildOptions
    public var host: String
    public var port: Int
    /// Print each rebuild's stage times after its summary.
    public var timings: Bool
    /// How long a connection may stay open without sending a whole request.
    public var idleTimeout: Duration = .seconds(30)

    public init(options: BuildOptions, host: String = "127.0.0.1", port: Int = 8000, timings: Bool = false) {
        self.options = options
        self.host = host
        self.port = port
        self.timings = timings
    }

    /// Runs until the task is cancelled. `log` gets one line per event (or the errors of a
    /// failed build); `ready` gets the bound port once the first build has finished.
    public func run(log: @escaping @Sendable (String) -> Void, ready: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let hub = ReloadHub()
        let files = StaticFileResponder(folder: options.outputFolder, hub: hub)
        let hosts = ServedHosts(host: host)
        let responder = CallbackResponder<PreviewRequestContext> { request, context in
            if let refusal = hosts.refusal(of: request, port: context.localPort) { return refusal }
            if request.uri.path == LiveReload.eventsPath { return Self.events(hub) }
            return await files.respond(to: request)
        }
        let (portStream, portContinuation) = AsyncStream<Int>.makeStream()
        let app = Application(
            responder: responder,
            // A connection that sends no request for this long (nothing, or headers that never
            // end) is closed; one waiting for its answer, or reading reload events, is not.
            server: .http1(configuration: .init(idleTimeout: TimeAmount(idleTimeout))),
            configuration: .init(address: .hostname(host, port: port), serverName: "sitegen"),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: Self.quietLogger)

        let server = ServiceGroup(configuration: .init(services: [app], logger: Self.quietLogger))
        // Not a child task: cancelling `run` must not cancel the server under its open connections
        // (NIO traps when a connection's writer goes away unfinished). It is shut down gracefully,
        // once the reload streams, which never end by themselves, are finished.
        let serving = Task { try await server.run() }
        let stop = { @Sendable in
            await hub.finishAll()
            await server.triggerGracefulShutdown()
        }
        try await withTaskCancellationHandler {
            try await runGroup(serving: serving, stop: stop, hub: hub, portStream: portStream, log: log, ready: ready)
        } onCancel: {
            Task { await stop() }
        }
        await stop()
        _ = try? await serving.value
    }

    private func runGroup(serving: Task<Void, any Error>, stop: @escaping @Sendable () async -> Void, hub: ReloadHub, portStream: AsyncStream<Int>,
                          log: @escaping @Sendable (String) -> Void, ready: @escaping @Sendable (Int) async -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await serving.value }
            group.addTask {
                var served = options
                var boundPort = port
                for await bound in portStream { boundPort = bound }
                served.baseURL = "http://\(ServedHosts.headerForm(host)):\(boundPort)/"
                let builds = PreviewBuilds(options: served, hub: hub, timings: timings, log: log)
                // Made before the first build, so that a save made while it runs is in the first burst.
                let watcher = SourceWatcher(root: options.root)
                var unbuilt: Set<String>? = await builds.build(changed: nil) ? [] : nil
                log("Serving \(served.baseURL!) (Ctrl-C to stop)")
                await ready(boundPort)
                await watcher.watch { changed in
                    // A failed build may have stopped before reading what changed (a broken
                    // site.yaml stops it first): the next is told every change since the last good one.
                    let since = changed.flatMap { changed in unbuilt?.union(changed) }
                    // One page's text: that page first, everything that lists it a moment later.
                    if unbuilt == [], let changed { await builds.updateEditedPage(changed: changed) }
                    unbuilt = await builds.build(changed: since) ? [] : since
                }
            }
            do {
                try await group.next()
            } catch {
                await stop()
                group.cancelAll()
                throw error
            }
            await stop()
            group.cancelAll()
        }
    }

    /// sitegen prints its own lines; the server's are for failures only.
    static let quietLogger: Logger = {
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .critical
        return logger
    }()

    /// A Server-Sent Events stream with one `reload` event per finished build, its data a JSON
    /// object: `{"generation":3,"files":["posts/a/index.html"]}`, or `"files":null` for every page.
    static func events(_ hub: ReloadHub) -> Response {
        let body = ResponseBody { writer in
            let (id, events) = await hub.subscribe()
            do {
                try await writer.write(ByteBuffer(string: "retry: 1000\n: connected\n\n"))
                for await reload in events {
                    try await writer.write(ByteBuffer(string: "event: reload\ndata: \(LiveReload.data(reload))\n\n"))
                }
            } catch {
                // The page went away; nothing to tell it.
            }
            await hub.unsubscribe(id)
            try await writer.finish(nil)
        }
        return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-cache"], body: body)
    }
}
