/// Templates that include themselves, through `{{> partial}}` or `{{< parent}}`, directly or
/// through others. Rendering one would recurse until the stack overflows, so the theme is
/// refused when it is loaded, before any page is rendered.
enum TemplateCycles {
    /// One error for each cycle, at the include in its first template (by name) that leads on
    /// around it, naming every template along it.
    static func diagnostics(includes: [String: [String]], sources: [(name: String, path: String, text: String)]) -> [Diagnostic] {
        let byName = Dictionary(sources.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return cycles(includes).map { cycle in
            let (name, next) = (cycle[0], cycle[1])
            let source = byName[name]
            let include = source.flatMap { source in TemplateError.partialReferences(in: source.text).first { $0.name == next } }
            let names = cycle.joined(separator: " → ")
            return Diagnostic(file: source?.path ?? "\(TemplateLibrary.folder)/\(name)\(TemplateLibrary.fileExtension)",
                              line: include?.line, column: include?.column,
                              message: "template '\(name)' includes itself: \(names)",
                              hint: "a template may not include itself, directly or through others; remove one of these includes")
        }
    }

    /// Each cycle once, as the names along it, starting and ending with its least name.
    /// Found by walking the includes depth first, without recursion: a theme may chain many.
    static func cycles(_ includes: [String: [String]]) -> [[String]] {
        enum State { case walking, done }
        var state: [String: State] = [:]
        var found: [[String]] = []
        var seen: Set<[String]> = []
        for start in includes.keys.sorted() where state[start] == nil {
            var path: [(name: String, next: Int)] = [(start, 0)]
            state[start] = .walking
            while let (name, next) = path.last {
                let targets = includes[name] ?? []
                guard next < targets.count else {
                    state[name] = .done
                    path.removeLast()
                    continue
                }
                path[path.count - 1].next += 1
                let target = targets[next]
                switch state[target] {
                case .walking?:
                    let from = path.lastIndex { $0.name == target }!
                    var cycle = path[from...].map(\.name)
                    let least = cycle.indices.min { cycle[$0] < cycle[$1] }!
                    cycle = Array(cycle[least...] + cycle[..<least])
                    cycle.append(cycle[0])
                    if seen.insert(cycle).inserted { found.append(cycle) }
                case .done?:
                    break
                case nil:
                    guard includes[target] != nil else { continue }
                    state[target] = .walking
                    path.append((target, 0))
                }
            }
        }
        return found
    }
}
