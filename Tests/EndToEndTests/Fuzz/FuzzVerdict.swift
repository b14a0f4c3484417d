import Foundation
import SiteGen

/// What must hold after every build of a mutated site, whatever the mutations: each broken
/// rule is one problem, worded so that problems of many cases can be grouped by their first word.
struct FuzzVerdict {
    var problems: [String] = []

    /// `before` and `after` are snapshots of the whole sandbox.
    init(run: FuzzRun, site: FuzzSite, sandbox: FuzzSandbox, before: FileTree, after: FileTree) {
        switch run.ending {
        case .timedOut: problems.append("hang: no exit within the time limit")
        case .signal(let signal): problems.append("crash: killed by signal \(signal) (\(Self.signalName(signal)))")
        case .exited(let status) where status != 0 && status != 1: problems.append("status: exit \(status)")
        case .exited: break
        }
        let stderr = String(decoding: run.stderr, as: UTF8.self)
        if String(validating: run.stderr, as: UTF8.self) == nil { problems.append("stderr: not valid UTF-8") }
        if let scalar = stderr.unicodeScalars.first(where: Self.isRawControl) {
            problems.append("stderr: raw control character U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
        let allowed = Self.allowedLocations(site: site, sandbox: sandbox)
        let errors = stderr.split(separator: "\n").filter {
            $0.contains(": error: ") || $0.lowercased().hasPrefix("error:") || $0.contains("Fatal error")
        }
        for line in errors {
            guard let location = Self.location(of: line),
                  allowed.contains(location) || Self.isInOutput(location, sandbox) || Self.exists(location, in: sandbox) else {
                problems.append("diagnostic: error without a file of the site: \(FuzzText.shown(String(line), limit: 200))")
                continue
            }
        }
        if run.ending == .exited(1), errors.isEmpty { problems.append("diagnostic: exit 1 without an error line") }
        if run.ending == .exited(0), let line = errors.first {
            problems.append("diagnostic: exit 0 with an error: \(FuzzText.shown(String(line), limit: 200))")
        }

        // A build that was killed (by a crash, or by the time limit) may leave its work folder
        // for the next sitegen to finish; only one that exited must have removed it.
        let exitedByItself = if case .exited = run.ending { true } else { false }
        let changed = after.changes(since: before, excluding: "site/Public")
            .filter { exitedByItself || !$0.dropFirst(2).hasPrefix("site/.Public.sitegen") }
            // The one folder sitegen writes besides the output: encoded images kept for the next build.
            .filter { !$0.dropFirst(2).hasPrefix("site/.sitegen-cache") }
        if !changed.isEmpty { problems.append("written outside the output folder: \(changed.prefix(10).joined(separator: ", "))") }
        let marker = Array(FuzzSandbox.outsideMarker.utf8)
        let published = after.files.filter { $0.hasPrefix("site/Public/") && after.bytes(Array($0.utf8))?.firstRange(of: marker) != nil }
        if !published.isEmpty { problems.append("outside file published: \(published.prefix(5).joined(separator: ", "))") }
        if stderr.contains(FuzzSandbox.outsideMarker) || String(decoding: run.stdout, as: UTF8.self).contains(FuzzSandbox.outsideMarker) {
            problems.append("outside file quoted in the output of sitegen")
        }
        if run.ending == .exited(1), after.entries.keys.contains(Array("site/Public".utf8)) {
            problems.append("failed build: site/Public exists after a failed first build")
        }
    }

    /// The file named at the start of an error line (`file:line:col: error: …`), nil without one.
    static func location(of line: Substring) -> String? {
        guard let marker = line.range(of: ": error: ") else { return nil }
        var location = line[..<marker.lowerBound]
        for _ in 0..<2 {
            guard let colon = location.lastIndex(of: ":"), !location[location.index(after: colon)...].isEmpty,
                  location[location.index(after: colon)...].allSatisfy(\.isASCII), Int(location[location.index(after: colon)...]) != nil
            else { break }
            location = location[..<colon]
        }
        return String(location)
    }

    /// Every file and folder of the mutated site and of the site it came from, as a diagnostic
    /// shows them (control characters escaped), relative and absolute, with `site.yaml`, `--output`
    /// and the output folder.
    static func allowedLocations(site: FuzzSite, sandbox: FuzzSandbox) -> Set<String> {
        let base = FuzzBaseSite.site
        var paths = site.paths + site.folders + base.paths + base.folders + ["site.yaml", "--output", "Content", "Templates", "Public"]
        paths += paths.map { sandbox.root.path + "/" + $0 }
        paths += [sandbox.output.path, sandbox.root.path]
        return Set(paths.map(Diagnostic.escapingControlCharacters))
    }

    /// True for a path that leads to an entry of the site through a link of the site (the
    /// entry itself may be a link, even a dangling one).
    static func exists(_ location: String, in sandbox: FuzzSandbox) -> Bool {
        var status = stat()
        return !location.hasPrefix("/") && !location.split(separator: "/").contains("..")
            && lstat(sandbox.root.path + "/" + location, &status) == 0
    }

    static func isInOutput(_ location: String, _ sandbox: FuzzSandbox) -> Bool {
        location.hasPrefix("Public/") || location.hasPrefix(sandbox.output.path + "/")
    }

    /// Characters that move a terminal's cursor or reorder text, as `Diagnostic` escapes them.
    static func isRawControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A: false
        case 0...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    static func signalName(_ signal: Int32) -> String {
        [SIGILL: "SIGILL", SIGSEGV: "SIGSEGV", SIGABRT: "SIGABRT", SIGBUS: "SIGBUS", SIGTRAP: "SIGTRAP", SIGKILL: "SIGKILL", SIGFPE: "SIGFPE"][signal]
            ?? "signal \(signal)"
    }
}
