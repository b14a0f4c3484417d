import Foundation
import HTTPTypes
import Hummingbird
#if canImport(Glibc)
import Glibc
#endif

/// The host names the preview answers to: loopback's (`127.0.0.1`, `localhost`, `[::1]`) and the
/// `--host` it listens on, each with or without the port. Any other name in a request's Host
/// header is refused: a page of another site whose name was made to resolve to this machine (DNS
/// rebinding) must not read the preview, nor its sources' errors.
struct ServedHosts: Sendable {
    /// Lowercased names, IPv6 addresses in brackets, as a Host header writes them.
    let names: Set<String>
    /// Listening on every address: the machine's own addresses and name reach it too. An
    /// address cannot be made to point elsewhere, as a name can, so any address is answered.
    let anyAddress: Bool
    /// Where the refusal sends people.
    let shownHost: String

    init(host: String) {
        let name = Self.headerForm(host)
        anyAddress = ["0.0.0.0", "[::]", "", "*"].contains(name)
        var names: Set<String> = ["127.0.0.1", "localhost", "[::1]"]
        if !anyAddress { names.insert(name) }
        if anyAddress { names.insert(ProcessInfo.processInfo.hostName.lowercased()) }
        self.names = names
        shownHost = anyAddress ? "127.0.0.1" : name
    }

    /// Nil for a request to a name this server answers to on `port`; otherwise the refusal: 400
    /// without exactly one Host header, 421 (Misdirected Request) for another name or port.
    func refusal(of request: Request, port: Int) -> Response? {
        let more = HTTPField.Name("Host").map { request.headers[values: $0] } ?? []
        guard let authority = request.head.authority, !authority.isEmpty, more.isEmpty else {
            return Self.text(.badRequest, "Bad request: send exactly one Host header, such as Host: \(shownHost):\(port).\n")
        }
        guard !allows(authority, port: port) else { return nil }
        let others = ["localhost", "127.0.0.1", "[::1]"].filter { $0 != shownHost }.joined(separator: ", ")
        return Self.text(.misdirectedRequest,
                         "Misdirected request: this sitegen preview answers at http://\(shownHost):\(port)/ (and as \(others)), "
                             + "not at the host name this request names.\n")
    }

    /// Whether `authority` (a Host header: `name` or `name:port`) names this server on `port`.
    func allows(_ authority: String, port: Int) -> Bool {
        let lowered = authority.lowercased()
        let name: Substring
        let rest: Substring
        if lowered.hasPrefix("[") {
            guard let close = lowered.firstIndex(of: "]") else { return false }
            name = lowered[...close]
            rest = lowered[lowered.index(after: close)...]
        } else if let colon = lowered.firstIndex(of: ":") {
            name = lowered[..<colon]
            rest = lowered[colon...]
        } else {
            name = lowered[...]
            rest = ""
        }
        guard rest.isEmpty || rest == ":\(port)" else { return false }
        return names.contains(String(name)) || (anyAddress && Self.isAddress(name))
    }

    /// `::1` as a Host header writes it, `[::1]`; names lowercased.
    static func headerForm(_ host: String) -> String {
        let lowered = host.lowercased()
        return lowered.contains(":") && !lowered.hasPrefix("[") ? "[\(lowered)]" : lowered
    }

    /// An IPv4 address, or an IPv6 address in brackets.
    static func isAddress(_ name: Substring) -> Bool {
        var bytes = in6_addr()
        if name.hasPrefix("["), name.hasSuffix("]") { return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &bytes) == 1 }
        return inet_pton(AF_INET, String(name), &bytes) == 1
    }

    static func text(_ status: HTTPResponse.Status, _ message: String) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8", .contentLength: String(message.utf8.count)],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: message)))
    }
}
