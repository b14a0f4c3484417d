import Foundation

/// One fuzz case: the base site with one to four mutations, all drawn from the case's own
/// generator, so that a seed and a case number always give the same site.
struct FuzzCase {
    static let categories: [(name: String, mutations: [SiteMutation])] = [
        ("front matter", FrontMatterMutations.all),
        ("Markdown", MarkdownMutations.all),
        ("template", TemplateMutations.all),
        ("file name", FileNameMutations.all),
        ("link", LinkMutations.all),
    ]

    let seed: UInt64
    let number: Int
    private(set) var site = FuzzBaseSite.site
    /// What each mutation did, in order.
    private(set) var mutations: [String] = []

    init(seed: UInt64, number: Int) {
        self.seed = seed
        self.number = number
        var rng = SplitMix64(seed: seed, case: number)
        for _ in 0..<rng.int(1...4) {
            for _ in 0..<8 {
                let category = rng.pick(Self.categories), mutation = rng.pick(category.mutations)
                if let description = mutation.apply(&site, &rng) {
                    mutations.append("\(category.name), \(mutation.name): \(description)")
                    break
                }
            }
        }
    }

    /// A name for the case, used for its folders.
    var name: String { "seed-\(seed)-case-\(number)" }

    /// Builds the case in a fresh folder under `temporary` and returns what went wrong (empty
    /// when nothing did), with the output of sitegen.
    func run(in temporary: URL, timeout: Double) throws -> (problems: [String], run: FuzzRun) {
        let folder = temporary.appendingPathComponent("sitegen-fuzz-\(name)-\(UUID().uuidString)", isDirectory: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sandbox = try FuzzSandbox.write(site, into: folder.appendingPathComponent("sandbox", isDirectory: true))
        let before = FileTree(of: sandbox.folder.path)
        let run = try FuzzRun.build(sandbox, logs: folder.appendingPathComponent("logs", isDirectory: true), timeout: timeout)
        let after = FileTree(of: sandbox.folder.path)
        return (FuzzVerdict(run: run, site: site, sandbox: sandbox, before: before, after: after).problems, run)
    }

    /// How to find and replay a failing case: its number, mutations, problems and what sitegen said.
    func report(problems: [String], run: FuzzRun, savedIn folder: URL?) -> String {
        var lines = ["fuzz \(name): \(problems.joined(separator: "; "))"]
        lines += mutations.map { "  mutation: \($0)" }
        if let folder { lines.append("  site: \(folder.path)/site (sitegen build --root \(folder.path)/site)") }
        lines.append("  replay: SITEGEN_FUZZ_SEED=\(seed) SITEGEN_FUZZ_CASE=\(number) swift test --filter FuzzTests")
        let stderr = String(decoding: run.stderr.prefix(4_000), as: UTF8.self)
        lines += stderr.split(separator: "\n", omittingEmptySubsequences: false).prefix(16)
            .map { "  stderr: \(FuzzText.shown(String($0), limit: 300))" }
        return lines.joined(separator: "\n")
    }

    /// Writes the mutated site (and the outside files its links reach) into `folder`, replacing
    /// what was there, with the report beside it.
    func save(into folder: URL, report: String) throws {
        try? FileManager.default.removeItem(at: folder)
        _ = try FuzzSandbox.write(site, into: folder)
        try Data((report + "\n").utf8).write(to: folder.appendingPathComponent("case.txt"))
    }
}
