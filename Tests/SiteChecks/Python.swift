import Foundation

/// The Python 3 interpreter that runs the helper scripts and owns the pip packages.
enum Python {
    /// `$PYTHON`, or `python3` on `PATH`: the interpreter `make test-deps` installs the packages with.
    static func interpreter() throws -> URL {
        let name = ProcessInfo.processInfo.environment["PYTHON"].flatMap { $0.isEmpty ? nil : $0 } ?? "python3"
        guard let url = Command.which(name) else {
            throw SiteCheckError("no \(name) on PATH: run `make test-deps`, or `apt-get install python3 python3-pip`")
        }
        return url
    }

    /// This process's environment with `.build-python/` first on `PYTHONPATH`.
    static var environment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        let inherited = environment["PYTHONPATH"].flatMap { $0.isEmpty ? nil : $0 }
        environment["PYTHONPATH"] = [Repository.pythonPackages.path, inherited].compactMap { $0 }.joined(separator: ":")
        return environment
    }

    /// Runs `python3 <arguments>` with the check's packages importable.
    static func run(_ arguments: [String], timeout: TimeInterval) throws -> Command.Result {
        try Command.run(interpreter(), arguments, environment: environment, timeout: timeout)
    }

    /// Runs one of `Tests/SiteChecks/Scripts/`.
    static func runScript(_ name: String, _ arguments: [String], timeout: TimeInterval) throws -> Command.Result {
        try run([Repository.scripts.appendingPathComponent(name).path] + arguments, timeout: timeout)
    }
}
