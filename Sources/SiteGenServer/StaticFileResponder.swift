import Foundation
import HTTPTypes
import Hummingbird

/// Serves the built site from its output folder the way a static host would: folders serve
/// `index.html`, a folder URL without `/` redirects, a missing file gets `404.html` with 404,
/// and a path that would leave the folder is never looked up. HTML gets the live-reload script.
struct StaticFileResponder: Sendable {
    let folder: URL
    let hub: ReloadHub

    func respond(to request: Request) async -> Response {
        guard request.method == .get || request.method == .head else {
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
        let rawPath = request.uri.path
        guard let segments = RequestPath.segments(rawPath) else {
            return text(.forbidden, "Forbidden: that path leaves the site.\n", request)
        }
        var target = segments.reduce(folder) { $0.appendingPathComponent($1) }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder), isFolder.boolValue {
            guard rawPath.hasSuffix("/") else {
                let location = RequestPath.folderLocation(rawPath) + (request.uri.query.map { "?\($0)" } ?? "")
                return Response(status: .movedPermanently, headers: [.location: location])
            }
            target.appendPathComponent("index.html")
        }
        // A symbolic link inside the output could still point outside it.
        let resolved = target.resolvingSymlinksInPath().path
        let root = folder.resolvingSymlinksInPath().path
        guard resolved.hasPrefix(root + "/") else { return await notFound(request) }
        guard let file = try? FileFacts(url: URL(fileURLWithPath: resolved)) else { return await notFound(request) }
        return await serve(file, status: .ok, request: request)
    }

    private func notFound(_ request: Request) async -> Response {
        if let page = try? FileFacts(url: folder.appendingPathComponent("404.html")) {
            return await serve(page, status: .notFound, request: request)
        }
        let errors = await hub.errors
        let html = LiveReload.inject(into: "<!DOCTYPE html><title>Not found</title><p>Not found.</p>", errors: errors)
        return body(Data(html.utf8), status: .notFound, headers: [.contentType: "text/html; charset=utf-8"], request: request)
    }

    private func serve(_ file: FileFacts, status: HTTPResponse.Status, request: Request) async -> Response {
        let type = ContentType.of(file.url.lastPathComponent)
        let isHTML = type.hasPrefix("text/html")
        let errors = isHTML ? await hub.errors : nil
        let generation = isHTML ? await hub.generation : 0
        let etag = "\"\(file.size)-\(Int(file.modified.timeIntervalSince1970 * 1000))-\(generation)\""
        var headers: HTTPFields = [
            .contentType: type,
            .eTag: etag,
            .lastModified: HTTPDate.format(file.modified),
            .cacheControl: "no-cache",
        ]
        if status == .ok, request.headers[.ifNoneMatch] == etag {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        guard var data = try? Data(contentsOf: file.url) else {
            return text(.internalServerError, "Cannot read \(file.url.lastPathComponent).\n", request)
        }
        if isHTML { data = Data(LiveReload.inject(into: String(decoding: data, as: UTF8.self), errors: errors).utf8) }
        return body(data, status: status, headers: headers, request: request)
    }

    private func text(_ status: HTTPResponse.Status, _ message: String, _ request: Request) -> Response {
        body(Data(message.utf8), status: status, headers: [.contentType: "text/plain; charset=utf-8"], request: request)
    }

    /// HEAD gets the same headers as GET, and no body.
    private func body(_ data: Data, status: HTTPResponse.Status, headers: HTTPFields, request: Request) -> Response {
        var headers = headers
        headers[.contentLength] = String(data.count)
        let buffer = request.method == .head ? ByteBuffer() : ByteBuffer(bytes: data)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }
}

/// A regular file's size and modification time.
struct FileFacts {
    let url: URL
    let size: Int
    let modified: Date

    init(url: URL) throws {
        let values = try url.resourceValues(forKeys: [.isRegularFileKey, .fileSizeKey, .contentModificationDateKey])
        guard values.isRegularFile == true else { throw CocoaError(.fileReadNoSuchFile) }
        self.url = url
        self.size = values.fileSize ?? 0
        self.modified = values.contentModificationDate ?? Date(timeIntervalSince1970: 0)
    }
}
