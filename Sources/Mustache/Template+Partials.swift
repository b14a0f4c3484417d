extension MustacheTemplate {
    /// The templates this one includes, `{{> name}}` partials and `{{< name}}` parents, in the
    /// order they are written, inside sections and blocks too (sitegen's patch): what a
    /// library needs to refuse a template that includes itself before rendering recurses
    /// without end. `{{>*name}}` is named only when rendered, and is left out.
    public var partialNames: [String] {
        var names: [String] = []
        collectPartialNames(into: &names)
        return names
    }

    private func collectPartialNames(into names: inout [String]) {
        for token in tokens {
            switch token {
            case .section(_, _, let template, _), .invertedSection(_, _, let template), .blockDefinition(_, let template),
                 .blockExpansion(_, let template, _):
                template.collectPartialNames(into: &names)
            case .partial(let name, _, let overrides):
                names.append(name)
                for key in (overrides ?? [:]).keys.sorted() { overrides![key]!.collectPartialNames(into: &names) }
            case .dynamicNamePartial(_, _, let overrides):
                for key in (overrides ?? [:]).keys.sorted() { overrides![key]!.collectPartialNames(into: &names) }
            case .text, .variable, .unescapedVariable, .contentType:
                break
            }
        }
    }
}
