/// One entry of a page's `facts:`: a plain value (`entries: 1500`), or a value with a qualifier
/// (`entries: {value: 1500, qualifier: more than}`).
struct Fact {
    var text: String
    var qualifier: String?

    init?(_ value: FrontMatterValue) {
        switch value {
        case .string(let text):
            self.text = text
        case .map(let entries):
            guard let text = entries.first(where: { $0.key == "value" })?.value.text else { return nil }
            self.text = text
            qualifier = entries.first { $0.key == "qualifier" }?.value.text
        default:
            return nil
        }
    }
}
