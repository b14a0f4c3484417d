// Fuzzing the build: each case is the small valid site of FuzzBaseSite with one to four
// mutations (front matter, Markdown, templates, file names, links and pipes), built by the real
// binary in a sandbox of its own. `make test` runs a bounded pass with a fixed seed. A longer run:
//
//     swift build -c release --product sitegen
//     SITEGEN_BIN=$PWD/.build/release/sitegen SITEGEN_FUZZ_CASES=10000 SITEGEN_FUZZ_SEED=7 \
//         swift test --skip-build --filter FuzzTests
//
// SITEGEN_FUZZ_CASE=<n> (with the seed) replays one case; SITEGEN_FUZZ_TIMEOUT sets the seconds of
// CPU time a build may spend (default 20; ten times that in wall time) before it is stopped and
// counted as a hang. Each failing case is
// written, with a case.txt that says what was mutated and what went wrong, to
// .build/fuzz-failures/seed-<seed>-case-<n>/, where `sitegen build --root <that>/site` repeats it.
import Foundation
import Testing

@Suite("sitegen build: mutated sites never crash, never hang, and every failure names its file")
struct FuzzTests {
    /// Enough cases to reach every mutation many times, few enough for the debug binary to
    /// finish well within a minute on two cores.
    static let boundedCases = 200
    static let boundedSeed: UInt64 = 20_261_203
    /// Two builds at a time at most: the machines that run `make test` may have two cores.
    static let workers = 2

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Failure: Sendable {
        var number: Int
        var problems: [String]
        var report: String
    }

    @Test("mutated sites build, or fail with diagnostics at their files, and write nothing outside the output folder")
    func mutatedSites() async throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["SITEGEN_FUZZ_SEED"].flatMap { UInt64($0) } ?? Self.boundedSeed
        let cases: Range<Int> = if let one = environment["SITEGEN_FUZZ_CASE"].flatMap({ Int($0) }) {
            one..<(one + 1)
        } else {
            0..<(environment["SITEGEN_FUZZ_CASES"].flatMap { Int($0) } ?? Self.boundedCases)
        }
        let timeout = environment["SITEGEN_FUZZ_TIMEOUT"].flatMap { Double($0) } ?? 20
        let failures = Self.packageRoot.appendingPathComponent(".build/fuzz-failures", isDirectory: true)
        let temporary = FileManager.default.temporaryDirectory
        let started = Date()
        let progress = FuzzProgress(total: cases.count)

        let found = await FuzzPool.run(cases, workers: Self.workers) { number -> Failure? in
            defer { progress.step() }
            let fuzzCase = FuzzCase(seed: seed, number: number)
            do {
                let (problems, run) = try fuzzCase.run(in: temporary, timeout: timeout)
                guard !problems.isEmpty else { return nil }
                let folder = failures.appendingPathComponent(fuzzCase.name, isDirectory: true)
                let report = fuzzCase.report(problems: problems, run: run, savedIn: folder)
                try? fuzzCase.save(into: folder, report: report)
                return Failure(number: number, problems: problems, report: report)
            } catch {
                let mutations = fuzzCase.mutations.map { "\n  mutation: \($0)" }.joined()
                return Failure(number: number, problems: ["harness: \(error)"], report: "fuzz \(fuzzCase.name): could not run: \(error)" + mutations)
            }
        }

        let summary = FuzzSummary(seed: seed, cases: cases, failures: found, seconds: Date().timeIntervalSince(started))
        print(summary.text)
        if !found.isEmpty {
            try? FileManager.default.createDirectory(at: failures, withIntermediateDirectories: true)
            try? Data((summary.text + "\n\n" + found.map(\.report).joined(separator: "\n\n") + "\n").utf8)
                .write(to: failures.appendingPathComponent("seed-\(seed)-summary.txt"))
        }
        for failure in found.prefix(50) { Issue.record(Comment(rawValue: failure.report)) }
        if found.count > 50 {
            Issue.record(Comment(rawValue: "\(found.count - 50) more failing cases: see .build/fuzz-failures/seed-\(seed)-summary.txt"))
        }
    }
}
