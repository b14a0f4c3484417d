import Mustache

/// A dictionary of template values in a box of our own. swift-mustache asks every value on the
/// way down its context stack whether it is a `MustacheParent`; for a dictionary that conformance
/// is conditional (keys must be strings) and costs more to check than a plain type's. Templates
/// see what the dictionary gives them: the same children, transforms and `{{.}}` text.
struct TemplateValues: DictionaryValue, @unchecked Sendable {
    let dictionary: [String: Any]

    init(_ dictionary: [String: Any]) {
        self.dictionary = dictionary
    }

    func child(named name: String) -> Any? {
        dictionary[name]
    }
}

/// A template value of our own that stands for a dictionary: transforms (`{{count(x)}}`, …) and
/// the text of `{{x}}` are the dictionary's, so that templates cannot tell the two apart.
protocol DictionaryValue: MustacheParent, MustacheTransformable, CustomStringConvertible {
    var dictionary: [String: Any] { get }
}

extension DictionaryValue {
    func transform(_ name: String) -> Any? {
        dictionary.transform(name)
    }

    var description: String {
        String(describing: dictionary)
    }
}
