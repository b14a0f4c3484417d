import Foundation

/// How far a build's encoding of images has come, for a terminal to show: files made of the
/// total, and the time left at the pace so far.
public struct EncodingProgress: Sendable, Equatable {
    public var done: Int
    public var total: Int
    /// Since the images' files began.
    public var seconds: Double

    public init(done: Int, total: Int, seconds: Double) {
        (self.done, self.total, self.seconds) = (done, total, seconds)
    }

    /// At the pace so far; nil before the first file.
    public var secondsLeft: Double? {
        done > 0 ? seconds / Double(done) * Double(total - done) : nil
    }

    /// `Encoding images: 96 of 480, about 40 s left`.
    public var line: String {
        var text = "Encoding images: \(done) of \(total)"
        if let left = secondsLeft, done < total { text += ", about \(Self.duration(left)) left" }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }
}
