//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

extension MustacheTemplate {
    /// How much one render may write: past it, rendering stops, and the output is longer than
    /// this, which is how a caller tells.
    public static let maximumOutputBytes = 64 << 20

    /// Render template using object
    /// - Parameters:
    ///   - stack: Object
    ///   - context: Context that render is occurring in. Contains information about position in sequence
    ///   - indentation: indentation of partial
    /// - Returns: Rendered text
    func render(context: MustacheContext) -> String {
        var string = ""
        self.render(context: context, into: &string)
        return string
    }

    /// Renders onto the end of `out`: templates, sections and partials inside one another all
    /// write into the one string rather than each into a string of its own (sitegen's patch).
    func render(context: MustacheContext, into out: inout String) {
        var context = context
        // A step for the content itself, which a section over many items renders once for each
        // even when it holds no tokens (sitegen's patch, as are the steps below).
        let budget = context.budget
        guard budget.spend() else { return }

        if let indentation = context.indentation, indentation != "" {
            let start = out.utf8.count
            for token in tokens {
                if out.utf8.count > Self.maximumOutputBytes { return }
                guard budget.spend() else { return }
                var renderedString = ""
                self.renderToken(token, context: &context, into: &renderedString)
                // if rendered string is not empty and we are on a new line (of this template's output)
                if !renderedString.isEmpty, out.utf8.count > start,
                    out[out.utf8.index(out.startIndex, offsetBy: start)...].last == "\n"
                {
                    out += indentation
                }
                out += renderedString
            }
        } else {
            // By index: the array's element is lent to `renderToken`, where a `for` loop's
            // iterator handed out a copy of each token, one retain and release each (sitegen's patch).
            for index in tokens.indices {
                // Sections nested in one another multiply their content: past the limit, stop
                // rather than render for minutes (sitegen's patch; the caller reports it).
                if out.utf8.count > Self.maximumOutputBytes { return }
                // Sections repeating one another's content can take ages while writing nothing:
                // past the budget, stop too (`renderMeasured` reports it).
                guard budget.spend() else { return }
                self.renderToken(tokens[index], context: &context, into: &out)
            }
        }
    }

    func renderToken(_ token: Token, context: inout MustacheContext, into out: inout String) {
        switch token {
        case .text(let text):
            out += text

        case .variable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let text = MustacheValue(child).plainText {
                    out += context.contentType.escapeText(text)
                } else if let template = child as? MustacheTemplate {
                    template.render(context: context, into: &out)
                } else if let renderable = child as? MustacheCustomRenderable {
                    out += context.contentType.escapeText(renderable.renderText)
                } else if let lambda = child as? MustacheLambda {
                    out += self.renderLambda(lambda, parameter: "", context: context)
                } else {
                    out += context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(child)))
                }
            }

        case .unescapedVariable(let variable, let transforms):
            if let child = getChild(named: variable, transforms: transforms, context: context) {
                if let text = MustacheValue(child).plainText {
                    out += text
                } else if let renderable = child as? MustacheCustomRenderable {
                    out += renderable.renderText
                } else if let lambda = child as? MustacheLambda {
                    out += self.renderUnescapedLambda(lambda, parameter: "", context: context)
                } else {
                    out += String(describing: unwrapIfAnyContainsOptional(child))
                }
            }

        case .section(let variable, let transforms, let template, let origin):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            if let lambda = child as? MustacheLambda {
                out += self.renderUnescapedLambda(lambda, parameter: template.text, context: context)
                return
            }
            self.renderSection(child, with: template, context: context, into: &out)
            if context.budget.isSpent { context.budget.leaving(origin, child: child) }

        case .invertedSection(let variable, let transforms, let template):
            let child = self.getChild(named: variable, transforms: transforms, context: context)
            self.renderInvertedSection(child, with: template, context: context, into: &out)

        case .blockExpansion(let name, let defaultTemplate, let indented):
            // What the block shows depends on the template that encloses the partial.
            if let watch = context.watch, context.inherited != nil { watch.escaped = true }
            if let override = context.inherited?[name] {
                override.render(context: context.withBlockExpansion(indented: indented), into: &out)
            } else {
                defaultTemplate.render(context: context.withBlockExpansion(indented: indented), into: &out)
            }

        case .partial(let name, let indentation, let overrides):
            if var template = context.library?.getTemplate(named: name) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { out += "Cannot find template at \(filename)"; return }
                        template = partialTemplate
                    } catch {
                        out += "\(error)"; return
                    }
                }
                #endif
                let partialContext = context.withPartial(indented: indentation, inheriting: overrides)
                if overrides == nil, let memo = context.library?.partialMemo,
                   let text = memo.render(template, named: name, context: partialContext) {
                    out += text
                    return
                }
                template.render(context: partialContext, into: &out)
            }

        case .dynamicNamePartial(let name, let indentation, let overrides):
            let child = self.getChild(named: Name(name), transforms: [], context: context)
            guard let childName = child as? String else {
                return
            }
            if var template = context.library?.getTemplate(named: childName) {
                #if DEBUG
                if context.reloadPartials {
                    guard let filename = template.filename else {
                        preconditionFailure("Can only use reload if template was generated from a file")
                    }
                    do {
                        guard let partialTemplate = try MustacheTemplate(filename: filename) else { out += "Cannot find template at \(filename)"; return }
                        template = partialTemplate
                    } catch {
                        out += "\(error)"; return
                    }
                }
                #endif
                template.render(context: context.withPartial(indented: indentation, inheriting: overrides), into: &out)
            }

        case .contentType(let contentType):
            context = context.withContentType(contentType)

        case .blockDefinition:
            fatalError("Should not be rendering block definitions")
        }
    }

    /// Render a section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into out: inout String) {
        if let child {
            switch MustacheValue.kind(of: child) {
            case .bool:
                if case .bool(true) = MustacheValue(child) { template.render(context: context, into: &out) }
                return
            case .string, .int, .dictionary, .stringDictionary, .object:
                return template.render(context: context.withObject(child), into: &out)
            case .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderSection(with: template, context: context, into: &out)
        case let bool as Bool:
            if bool { template.render(context: context, into: &out) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            break
        case .some(let value):
            template.render(context: context.withObject(value), into: &out)
        case .none:
            break
        }
    }

    /// Render an inverted section
    /// - Parameters:
    ///   - child: Object to render section for
    ///   - parent: Current object being rendered
    ///   - template: Template to render with
    /// - Returns: Rendered text
    func renderInvertedSection(_ child: Any?, with template: MustacheTemplate, context: MustacheContext, into out: inout String) {
        if let child {
            switch MustacheValue.kind(of: child) {
            case .bool:
                if case .bool(false) = MustacheValue(child) { template.render(context: context, into: &out) }
                return
            case .string, .int, .dictionary, .stringDictionary, .object:
                return
            case .other: break
            }
        }
        switch child {
        case let array as any MustacheSequence:
            array.renderInvertedSection(with: template, context: context, into: &out)
        case let bool as Bool:
            if !bool { template.render(context: context, into: &out) }
        case let null as MustacheCustomRenderable where null.isNull == true:
            template.render(context: context, into: &out)
        case .some:
            break
        case .none:
            template.render(context: context, into: &out)
        }
    }

    func renderLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        context.watch?.escaped = true
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: context.contentType.escapeText(string))
                    var string = ""
                    self.renderSection(context.stack.object, with: newTemplate, context: context, into: &string)
                    return string
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return context.contentType.escapeText(String(describing: unwrapIfAnyContainsOptional(result)))
            }
        }
    }

    func renderUnescapedLambda(_ lambda: MustacheLambda, parameter: String, context: MustacheContext) -> String {
        context.watch?.escaped = true
        var lambda = lambda
        while true {
            guard let result = lambda(parameter) else { return "" }
            if let string = result as? String {
                do {
                    let newTemplate = try MustacheTemplate(string: string)
                    var string = ""
                    self.renderSection(context.stack.object, with: newTemplate, context: context, into: &string)
                    return string
                } catch {
                    return ""
                }
            } else if let lambda2 = result as? MustacheLambda {
                lambda = lambda2
                continue
            } else {
                return String(describing: unwrapIfAnyContainsOptional(result))
            }
        }
    }

    /// Get child object from variable name
    func getChild(named name: Name, transforms: [String], context: MustacheContext) -> Any? {
        // work out which object to access. "." means the current object, if the variable name is ""
        // and we have a transform to run on the variable then we need the context object, otherwise
        // the name is split by "." and we use mirror to get the correct child object. If we cannot find
        // the root object we look up the context stack until we can find one with a matching name. The
        // stack climbing can be disabled by prefixing the variable name with a "."
        let found: Any? =
            if name.isCurrent {
                context.stack.object
            } else if name.isEmpty, !transforms.isEmpty {
                context.sequenceContext
            } else if name.isRelative {
                Self.child(named: name.parts[...], from: context.stack.object, watch: context.watch)
            } else {
                Self.childInStack(named: name.parts[...], from: context.stack, watch: context.watch, budget: context.budget)
            }
        // skip transforms if child is already nil
        guard var child = found else {
            return nil
        }
        if !MustacheValue.isPlain(child), let custom = child as? MustacheCustomRepresentation {
            guard let representation = custom.representation else { return nil }
            child = representation
        }
        // The usual case, returned without the copies the loop below makes.
        if transforms.isEmpty { return child }

        // if we want to run a transform and the current child can have transforms applied to it then
        // run transform on the current child
        for transform in transforms.reversed() {
            let transformed: Any? =
                if case .object(let object) = MustacheValue(child) {
                    object.transform(transform)
                } else {
                    (child as? MustacheTransformable)?.transform(transform)
                }
            // return nil if transform is unsuccessful or has returned nil
            guard let transformed else { return nil }
            child = transformed
        }
        return child
    }

    /// The child `name` of `object`: asked of a dictionary or a `MustacheObject` directly, of
    /// anything else through its custom representation, `MustacheParent` or a mirror.
    static func immediateChild(named name: String, from object: Any) -> Any? {
        switch MustacheValue(object) {
        case .dictionary(let dictionary):
            return dictionary[name]
        case .stringDictionary(let dictionary):
            return dictionary[name]
        case .object(let object):
            return object.child(named: name)
        case .string, .int, .bool:
            // What their mirrors would say: they have no children. (A string pushed by a section,
            // `{{#page.toc}}`, is asked for every name inside it that lives further down.)
            return nil
        case .other:
            break
        }
        let object: Any? =
            if let custom = object as? MustacheCustomRepresentation {
                custom.representation
            } else {
                object
            }
        if let customBox = object as? MustacheParent {
            return customBox.child(named: name)
        } else if let object {
            let mirror = Mirror(reflecting: object)
            return mirror.getValue(forKey: name)
        } else {
            return nil
        }
    }

    static func child(named names: ArraySlice<String>, from object: Any, watch: MustachePartialMemo.Watch? = nil) -> Any? {
        guard let name = names.first else { return object }
        var object = object
        if !MustacheValue.isPlain(object), let lambda = object as? MustacheLambda {
            watch?.escaped = true
            guard let result = lambda("") else { return nil }
            object = result
        }
        guard let childObject = immediateChild(named: name, from: object) else { return nil }
        return child(named: names.dropFirst(), from: childObject, watch: watch)
    }

    static func childInStack(named names: ArraySlice<String>, from stack: MustacheStack, watch: MustachePartialMemo.Watch? = nil,
                             budget: MustacheRenderBudget? = nil) -> Any? {
        guard let name = names.first else { return stack.object }
        var level: MustacheStack? = stack
        while let current = level {
            if let childObject = immediateChild(named: name, from: current.object) {
                return child(named: names.dropFirst(), from: childObject, watch: watch)
            }
            // Below the level a recorded partial began on: its output depends on where it was used.
            if let watch, current === watch.floor { watch.escaped = true }
            // A step for each level looked through below the top: sections nested deep make every
            // name inside them a long search (sitegen's patch; the render stops at its next token).
            _ = budget?.spend()
            level = current.below
        }
        return nil
    }

    private func unwrapIfAnyContainsOptional(_ value: Any) -> Any {
        guard let opt = value as? AnyOptional else { return value }
        return opt.anyWrapped ?? value  // nil? keep the original Optional.none
    }
}
