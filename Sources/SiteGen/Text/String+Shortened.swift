extension String {
    /// At most `limit` characters and an ellipsis: cut at a space near the limit when there is
    /// one (Chinese has none), so that no word is cut in two.
    func shortened(to limit: Int) -> String {
        // Characters are never more than UTF-8 bytes: most texts need no counting.
        guard utf8.count > limit, count > limit else { return self }
        let head = prefix(limit)
        var cut = head
        if let space = head.lastIndex(of: " "), head.distance(from: space, to: head.endIndex) < 40 { cut = head[..<space] }
        return cut.trimmingWhitespace + "…"
    }
}
