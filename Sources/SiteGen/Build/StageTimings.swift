import Foundation

/// Wall time per build stage, in the order the stages ran, so that work goes where the time is.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []

    public init() {}

    public var total: Double { stages.reduce(0) { $0 + $1.seconds } }

    /// Adds what the stages did not cover since `start` as one more line, so that the total is
    /// the time the build really took.
    mutating func account(since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        let rest = Self.seconds(elapsed) - total
        if rest >= 0.0005 { stages.append(("other", rest)) }
    }

    mutating func measure<T, E: Error>(_ name: String, _ work: () throws(E) -> T) throws(E) -> T {
        let start = ContinuousClock.now
        defer {
            let elapsed = ContinuousClock.now - start
            let seconds = Self.seconds(elapsed)
            // A stage done in parts (pages rendered and written a slice at a time) is one line.
            if let index = stages.firstIndex(where: { $0.name == name }) {
                stages[index].seconds += seconds
            } else {
                stages.append((name, seconds))
            }
        }
        return try work()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// One aligned line per stage, then the total.
    public var table: String {
        let width = stages.map(\.name.count).max() ?? 5
        let lines = stages.map { stage in
            stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.milliseconds(stage.seconds)
        }
        return (lines + ["total".padding(toLength: width, withPad: " ", startingAt: 0) + "  " + Self.milliseconds(total)])
            .joined(separator: "\n")
    }

    private static func milliseconds(_ seconds: Double) -> String {
        let text = String(Int((seconds * 1000).rounded()))
        return String(repeating: " ", count: max(0, 6 - text.count)) + text + " ms"
    }
}
