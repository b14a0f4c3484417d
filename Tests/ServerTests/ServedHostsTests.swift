import Testing
@testable import SiteGenServer

/// Which Host headers the preview answers, for each `--host` it may listen on.
@Suite("Served host names")
struct ServedHostsTests {
    @Test("the --host given is answered besides loopback's names; other names are not", arguments: [
        ("127.0.0.1", "127.0.0.1:8000", true), ("127.0.0.1", "localhost", true), ("127.0.0.1", "[::1]:8000", true),
        ("127.0.0.1", "127.0.0.1:8001", false), ("127.0.0.1", "192.168.1.5:8000", false), ("127.0.0.1", "evil.example", false),
        ("192.168.1.5", "192.168.1.5:8000", true), ("192.168.1.5", "192.168.1.6:8000", false),
        ("preview.lan", "PREVIEW.lan:8000", true), ("preview.lan", "preview.lan.evil.example", false),
        ("::1", "[::1]:8000", true), ("fe80::1", "[fe80::1]:8000", true), ("fe80::1", "[fe80::2]", false),
        // On every address, any address is answered (it cannot be made to point elsewhere), names not.
        ("0.0.0.0", "192.168.1.5:8000", true), ("0.0.0.0", "[2001:db8::1]:8000", true), ("::", "10.0.0.2", true),
        ("0.0.0.0", "evil.example:8000", false), ("0.0.0.0", "999.1.1.1", false),
        // Malformed: a port that is not the port, brackets that do not close, an empty name.
        ("127.0.0.1", "localhost:", false), ("127.0.0.1", "localhost:8000:8000", false), ("127.0.0.1", "[::1", false),
        ("127.0.0.1", ":8000", false),
    ])
    func allows(listening host: String, header: String, answered: Bool) {
        #expect(ServedHosts(host: host).allows(header, port: 8000) == answered)
    }
}
