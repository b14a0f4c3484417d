//
// sitegen's addition to the vendored swift-mustache (see README.md).
//

extension MustacheTemplate {
    /// How much work one render may do, in steps: one for each token rendered, each time a
    /// template or a section's content is rendered (partials and blocks included), and each level
    /// of the context stack a name is looked for below the top. Past it, rendering stops, and
    /// `renderMeasured` reports the render as over budget.
    ///
    /// Sections nested in one another multiply: `{{#pages}}` inside `{{#pages}}`, a hundred deep,
    /// visits pages^100 contexts while writing nothing, which the limit on output never sees. A
    /// page takes a step for every few bytes it writes, so the largest list of a very large site
    /// stays far below the limit, while a render that passes it stops long before it would
    /// have ended.
    public static let maximumSteps = 10_000_000

    /// Where a tag is written: the text of the template it is in, and the UTF-8 offset of the
    /// tag's opening delimiter in that text, so that a render that stops can say where it was.
    struct Origin: Sendable {
        let text: String
        let offset: Int

        static let unknown = Origin(text: "", offset: -1)
    }

    /// Renders like `render(_:library:)`, and tells whether the render stopped over budget
    /// (`maximumSteps`, or `steps` when given) and where.
    public func renderMeasured(_ object: Any, library: MustacheLibrary? = nil, steps: Int = maximumSteps) -> MustacheRendering {
        renderMeasured(object, library: library, named: nil, steps: steps)
    }

    func renderMeasured(_ object: Any, library: MustacheLibrary?, named name: String?, steps: Int) -> MustacheRendering {
        var text = ""
        text.reserveCapacity(16 << 10)
        let budget = MustacheRenderBudget(steps: steps)
        self.render(context: .init(object, library: library, budget: budget), into: &text)
        return MustacheRendering(text: text, steps: min(steps, steps - budget.remaining),
                                 overrun: budget.overrun(library: library, preferring: name))
    }
}

extension MustacheLibrary {
    /// Renders like `render(_:withTemplate:)`, and tells whether the render stopped over budget
    /// and where; nil when there is no template of that name.
    public func renderMeasured(_ object: Any, withTemplate name: String, steps: Int = MustacheTemplate.maximumSteps) -> MustacheRendering? {
        guard let template = getTemplate(named: name) else { return nil }
        return template.renderMeasured(object, library: self, named: name, steps: steps)
    }
}

/// A render's text, and what stopped it early if anything did.
public struct MustacheRendering: Sendable {
    public let text: String
    /// The steps the render took, at most the steps it was given.
    public let steps: Int
    /// Set when the render took more steps than it was given and stopped.
    public let overrun: MustacheOverrun?
}

/// Where a render over budget was: the outermost section, among those it was inside when it
/// stopped, that repeats its content for more than one item.
public struct MustacheOverrun: Sendable, Equatable {
    /// The library's name of the template the section is written in; nil when the section was
    /// not found in any (the render was inside a lambda's text) or no such section was open.
    public let template: String?
    /// The line and column (in Unicode scalars), from 1, of the section's opening tag.
    public let line: Int?
    public let column: Int?
}

/// The steps left to one render, shared by everything it renders through its context's frame.
final class MustacheRenderBudget: @unchecked Sendable {
    private(set) var remaining: Int
    /// The outermost repeating section found so far while the render unwinds.
    private var section: MustacheTemplate.Origin?

    init(steps: Int) {
        remaining = steps
    }

    /// Takes one step; false once there are none left, and from then on.
    @inline(__always)
    func spend() -> Bool {
        remaining -= 1
        return remaining >= 0
    }

    /// Takes `steps` at once, when there are as many left: the work of a partial recorded by
    /// `MustachePartialMemo`, so that a render counts the same with or without the memo.
    func spend(_ steps: Int) -> Bool {
        guard steps <= remaining else { return false }
        remaining -= steps
        return true
    }

    var isSpent: Bool { remaining < 0 }

    /// Called as a spent render leaves a section that was given `child`: the outermost section
    /// repeating its content for more than one item is the one to show.
    func leaving(_ origin: MustacheTemplate.Origin, child: Any?) {
        guard origin.offset >= 0, let items = child as? any MustacheSequence, items.underestimatedCount > 1 else { return }
        section = origin
    }

    /// The overrun, if the render was spent, with its section found among `library`'s
    /// templates (`preferred` first, of templates with the same text).
    func overrun(library: MustacheLibrary?, preferring preferred: String?) -> MustacheOverrun? {
        guard isSpent else { return nil }
        guard let section else { return MustacheOverrun(template: nil, line: nil, column: nil) }
        let name = library?.name(ofTemplateWithText: section.text, preferring: preferred)
        let (line, column) = Self.lineAndColumn(of: section.offset, in: section.text)
        return MustacheOverrun(template: name, line: line, column: column)
    }

    /// Line and column, from 1, of a UTF-8 offset: lines end at each `\n`, and columns count
    /// Unicode scalars.
    static func lineAndColumn(of offset: Int, in text: String) -> (Int, Int) {
        let end = text.utf8.index(text.startIndex, offsetBy: offset, limitedBy: text.endIndex) ?? text.endIndex
        var (line, column) = (1, 1)
        for scalar in text.unicodeScalars[..<end] {
            if scalar == "\n" { (line, column) = (line + 1, 1) } else { column += 1 }
        }
        return (line, column)
    }
}
