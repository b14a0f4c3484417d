import Foundation

/// The closing lines of a fuzz run: how many cases failed, and how, grouped by kind of problem
/// (the words before the first colon of each problem), with the numbers of the failing cases.
struct FuzzSummary {
    var text: String

    init(seed: UInt64, cases: Range<Int>, failures: [FuzzTests.Failure], seconds: Double) {
        var lines = ["fuzz: seed \(seed), cases \(cases.lowerBound)..<\(cases.upperBound): \(failures.count) failing, "
                     + "\(String(format: "%.0f", seconds)) s"]
        var byKind: [String: [Int]] = [:]
        for failure in failures {
            for kind in Set(failure.problems.map { String($0.prefix { $0 != ":" }) }) { byKind[kind, default: []].append(failure.number) }
        }
        for (kind, numbers) in byKind.sorted(by: { $0.key < $1.key }) {
            let shown = numbers.sorted().prefix(40).map(String.init).joined(separator: ", ") + (numbers.count > 40 ? ", …" : "")
            lines.append("  \(kind): \(numbers.count) (cases \(shown))")
        }
        text = lines.joined(separator: "\n")
    }
}

/// Counts finished cases and, on long runs, says how far it got now and then.
final class FuzzProgress: @unchecked Sendable {
    private let lock = NSLock()
    private let total: Int
    private var done = 0

    init(total: Int) {
        self.total = total
    }

    func step() {
        let done = lock.withLock { self.done += 1; return self.done }
        if total >= 2_000, done % 1_000 == 0 {
            FileHandle.standardError.write(Data("fuzz: \(done) of \(total) cases\n".utf8))
        }
    }
}
