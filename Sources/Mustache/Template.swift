//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// Class holding Mustache template
public struct MustacheTemplate: Sendable, CustomStringConvertible {
    /// Initialize template
    /// - Parameter string: Template text
    /// - Throws: MustacheTemplate.Error
    public init(string: String) throws {
        let template = try Self.parse(string)
        self.tokens = template.tokens
        self.text = string
        self.filename = nil
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil) -> String {
        // Room for a page from the start (sitegen's patch): grown from nothing, the output was
        // copied again at every doubling.
        var string = ""
        string.reserveCapacity(16 << 10)
        self.render(context: .init(object, library: library), into: &string)
        return string
    }

    /// Render object using this template
    /// - Parameters
    ///   - object: Object to render
    ///   - library: library template uses to access partials
    ///   - reload: Should I reload this template when rendering. This is only available in debug builds
    /// - Returns: Rendered text
    public func render(_ object: Any, library: MustacheLibrary? = nil, reload: Bool) -> String {
        #if DEBUG
        if reload {
            guard let filename else {
                preconditionFailure("Can only use reload if template was generated from a file")
            }
            do {
                guard let template = try MustacheTemplate(filename: filename) else { return "Cannot find template at \(filename)" }
                return template.render(context: .init(object, library: library, reloadPartials: reload))
            } catch {
                return "\(error)"
            }
        }
        #endif
        return self.render(context: .init(object, library: library))
    }

    internal init(_ tokens: [Token], text: String) {
        self.tokens = tokens
        self.filename = nil
        self.text = text
    }

    public var description: String { self.text }

    /// Indirect, so that the renderer's copy of a token is one retain of its box rather than one
    /// of each string, array and template in it (sitegen's patch).
    indirect enum Token: Sendable /* , CustomStringConvertible */ {
        case text(String)
        case variable(name: Name, transforms: [String] = [])
        case unescapedVariable(name: Name, transforms: [String] = [])
        /// `origin`: where the section's tag is, for a render over budget to point at (sitegen's patch).
        case section(name: Name, transforms: [String] = [], template: MustacheTemplate, origin: Origin = .unknown)
        case invertedSection(name: Name, transforms: [String] = [], template: MustacheTemplate)
        case blockDefinition(name: String, template: MustacheTemplate)
        case blockExpansion(name: String, default: MustacheTemplate, indentation: String?)
        case partial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        case dynamicNamePartial(String, indentation: String?, inherits: [String: MustacheTemplate]?)
        case contentType(MustacheContentType)
    }

    /// A variable's name as written, split at its dots when the template is parsed rather than at
    /// every render (sitegen's patch).
    struct Name: Sendable, Equatable, ExpressibleByStringLiteral {
        let text: String
        let parts: [String]
        /// `{{.}}`, `{{}}` and `{{.name}}`, told when parsed rather than by the name's first
        /// character (a grapheme break) at every render.
        let isCurrent: Bool
        let isEmpty: Bool
        let isRelative: Bool

        init(_ text: String) {
            self.text = text
            self.parts = text.split(separator: ".").map { String($0) }
            self.isCurrent = text == "."
            self.isEmpty = text.isEmpty
            self.isRelative = text.first == "."
        }

        init(stringLiteral text: String) {
            self.init(text)
        }

        static func == (a: Name, b: Name) -> Bool {
            a.text == b.text
        }
    }

    var tokens: [Token]
    let text: String
    let filename: String?
}
