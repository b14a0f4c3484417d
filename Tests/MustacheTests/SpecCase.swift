// One case of the Mustache spec (github.com/mustache/spec, `specs/*.yml`): a template, its data and
// partials, and the output the spec expects.
import Foundation
import Mustache
import Testing

struct SpecCase: @unchecked Sendable, CustomTestStringConvertible {
    /// The case's name in the spec, so that a failure can be looked up there.
    let name: String
    let template: String
    /// The data as the spec's JSON decodes: dictionaries, arrays, strings, integers, decimals,
    /// Booleans and `NSNull` for null.
    let data: Any
    let partials: [String: String]
    let expected: String

    init(_ name: String, _ template: String, _ data: [String: Any] = [:], partials: [String: String] = [:], expected: String) {
        self.init(name, template, root: data, partials: partials, expected: expected)
    }

    /// A case whose data is not a hash: a list or a single value at the top of the context stack.
    init(_ name: String, _ template: String, root data: Any, partials: [String: String] = [:], expected: String) {
        self.name = name
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    var testDescription: String { name }

    /// The template rendered on the data, with the partials in its library; a case without partials
    /// renders its template on its own, as the spec's runners do.
    func render() throws -> String? {
        let template = try MustacheTemplate(string: template)
        guard !partials.isEmpty else { return template.render(data) }
        return try library(template).render(data, withTemplate: Self.templateName)
    }

    /// The case rendered twice with a partial memo, on `MustacheObject`s in place of the data's
    /// hashes, as sitegen renders pages: the second render may reuse what the first recorded, and
    /// neither may differ from what the spec expects.
    func renderMemoized() throws -> [String?] {
        var library = try library(MustacheTemplate(string: template))
        library.partialMemo = MustachePartialMemo(shards: 1)
        let data = SpecObject.replacingHashes(in: data)
        return [library.render(data, withTemplate: Self.templateName), library.render(data, withTemplate: Self.templateName)]
    }

    private static let templateName = "(spec template)"

    private func library(_ template: MustacheTemplate) throws -> MustacheLibrary {
        var library = MustacheLibrary()
        library.register(template, named: Self.templateName)
        for (name, text) in partials { try library.register(text, named: name) }
        return library
    }
}

/// A hash of the spec's data as an object that answers for its keys.
final class SpecObject: MustacheObject, @unchecked Sendable {
    let fields: [String: Any]

    init(_ fields: [String: Any]) { self.fields = fields }

    override func child(named name: String) -> Any? { fields[name] }

    static func replacingHashes(in value: Any) -> Any {
        switch value {
        case let hash as [String: Any]: SpecObject(hash.mapValues(replacingHashes))
        case let list as [Any]: list.map(replacingHashes)
        default: value
        }
    }
}
