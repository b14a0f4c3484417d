import ArgumentParser

/// The command a mistyped first word most likely meant: `biuld` → `build`.
enum CommandSuggestion {
    /// The shown command closest to `word`, when `word` is no command or option and is near
    /// enough to one: one typing slip for a three-letter name, two for longer ones.
    static func closest(to word: String) -> String? {
        let names = SiteGenCommand.configuration.subcommands
            .map { $0.configuration }
            .filter(\.shouldDisplay)
            .compactMap(\.commandName)
        guard !word.hasPrefix("-"), !names.contains(word), word != "help" else { return nil }
        let typed = Array(word.lowercased())
        return names.map { (name: $0, distance: distance(typed, Array($0))) }
            .filter { $0.distance <= min(2, $0.name.count / 2) }
            .min { $0.distance < $1.distance }?.name
    }

    /// Edits (insert, delete, replace, or swap two neighbours) that turn `a` into `b`.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
