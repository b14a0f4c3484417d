/// One entry of a page's `facts:`: a plain value (`entries: 1500`), or a value with a qualifier
/// and the number of the page's source it comes from
/// (`entries: {value: 1500, qualifier: more than, source: 2}`).
struct Fact {
    var text: String
    var qualifier: String?
    /// The source's number in the page's `sources:`, from 1; checked when the page is read
    /// (`SourceCitation.checkFactSources`).
    var source: Int?

    init?(_ value: FrontMatterValue) {
        switch value {
        case .string(let text):
            self.text = text
        case .map(let entries):
            guard let text = entries.first(where: { $0.key == "value" })?.value.text else { return nil }
            self.text = text
            qualifier = entries.first { $0.key == "qualifier" }?.value.text
            source = entries.first { $0.key == "source" }?.value.text.flatMap { Int($0) }
        default:
            return nil
        }
    }
}
