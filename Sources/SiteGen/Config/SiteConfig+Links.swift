import Yams

extension SiteConfig {
    /// Links among the settings that templates see as `site.params`, held to the rule of links
    /// in front matter (`FrontMatterLinks`): an error at the line of each that is not allowed.
    static func unsafeLinks(in fields: YAMLFields) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        func visit(_ node: Node, key: String, path: String, top: String) {
            switch node {
            case .scalar(let scalar):
                guard FrontMatterLinks.isLinkKey(key), !FrontMatterLinks.isSafeDestination(scalar.string) else { return }
                let (line, column) = fields.position(of: node)
                let link = FrontMatterLinks.Found(keyPath: path, value: scalar.string, topKey: top)
                problems.append(FrontMatterLinks.diagnostic(link, file: file, line: line, column: column))
            case .sequence(let items):
                for (index, item) in items.enumerated() { visit(item, key: key, path: "\(path)[\(index + 1)]", top: top) }
            case .mapping(let mapping):
                for (name, value) in mapping {
                    let name = name.string ?? ""
                    visit(value, key: name, path: "\(path).\(name)", top: top)
                }
            case .alias:
                break
            }
        }
        for entry in fields.entries where !knownKeys.contains(entry.key) {
            visit(entry.value, key: entry.key, path: entry.key, top: entry.key)
        }
        return problems
    }
}
