extension Int {
    /// `7` → `07`, `2021` → `2021`, `-5` → `-005`: what `%02d` and `%04d` give, without the
    /// trip through Foundation that `String(format:)` makes for every date of every page.
    func zeroPadded(to width: Int) -> String {
        let digits = String(magnitude)
        let sign = self < 0 ? "-" : ""
        return sign + String(repeating: "0", count: Swift.max(0, width - digits.count - sign.count)) + digits
    }
}
