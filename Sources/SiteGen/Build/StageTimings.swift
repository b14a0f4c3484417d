import Foundation

/// Wall time per build stage, in the order the stages ran, and the process's peak memory when
/// each ended, so that work goes where the time and the memory are.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    /// CPU time (user and system, all threads) per stage: against the wall time, how well a stage
    /// keeps the cores busy.
    private var cpu: [String: Double] = [:]
    /// Peak resident memory in KiB at the end of each stage's last part, by stage name.
    private var peaks: [String: Int] = [:]

    public init() {}

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// Adds what the stages did not cover since `start` as one more line, so that the total is
    /// the time the build really took.
    mutating func account(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let rest = Self.seconds(elapsed) - total
        if rest >= 0.0005 {
            stages.append(("other", rest))
            peaks["other"] = Self.peakKiB()
        }
    }

    mutating func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        let startCPU = Self.cpuSeconds()
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Self.seconds(elapsed)
            cpu[name, default: 0] += Self.cpuSeconds() - startCPU
            // A stage done in parts (pages rendered and written a slice at a time) is one line.
            if let index = stages.firstIndex(where: { $0.name == name }) {
                stages[index].seconds += seconds
            } else {
                stages.append((name, seconds))
            }
            peaks[name] = Self.peakKiB()
        }
        return try work()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    private static func cpuSeconds() -> Double {
        guard let usage = usage() else { return 0 }
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// The process's peak resident memory so far: the figure a memory target is measured by.
    static func peakKiB() -> Int {
        usage().map { Int($0.ru_maxrss) } ?? 0
    }

    private static func usage() -> rusage? {
        var usage = rusage()
        #if canImport(Glibc)
        let who = __rusage_who_t(RUSAGE_SELF.rawValue)
        #else
        let who = RUSAGE_SELF
        #endif
        return getrusage(who, &usage) == 0 ? usage : nil
    }

    /// One aligned line per stage with the peak memory when it ended, then the total.
    public var table: String {
        let width = stages.map(\.name.count).max() ?? 5
        let lines = stages.map { stage in
            stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.milliseconds(stage.seconds)
                + (cpu[stage.name].map { Self.milliseconds($0) + " CPU" } ?? "          ")
                + Self.column(String((peaks[stage.name] ?? 0) / 1024), width: 8) + " MiB peak"
        }
        return (lines + ["total".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.milliseconds(total)])
            .joined(separator: "\n")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        column(String(Int((seconds * 1000).rounded())), width: 6) + " ms"
    }

    private static func column(_ text: String, width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
