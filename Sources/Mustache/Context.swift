//
// This source file is part of the Hummingbird server framework project
// Copyright (c) the Hummingbird authors
//
// See LICENSE.txt for license information
// SPDX-License-Identifier: Apache-2.0
//

/// The objects a name is looked up in, the innermost on top. A section pushes one without copying
/// those below it (sitegen's patch: an array copied on every push and dropped on every pop was a
/// retain and a release of each level below).
final class MustacheStack: @unchecked Sendable {
    let object: Any
    let below: MustacheStack?

    init(_ object: Any, below: MustacheStack?) {
        self.object = object
        self.below = below
    }
}

/// Context while rendering mustache tokens
///
/// sitegen's patch: what changes only at partials, blocks and content-type tags is kept in one
/// `Frame` that the contexts in between share, so that copying a context (every section, every
/// template rendered) retains two references instead of six.
struct MustacheContext {
    let stack: MustacheStack
    let sequenceContext: MustacheSequenceContext?
    private let frame: Frame

    final class Frame: @unchecked Sendable {
        let indentation: String?
        let inherited: [String: MustacheTemplate]?
        let contentType: MustacheContentType
        let library: MustacheLibrary?
        let reloadPartials: Bool
        /// Set while a partial's output is recorded for `MustachePartialMemo` (sitegen's patch).
        let watch: MustachePartialMemo.Watch?
        /// The steps left to the whole render, shared by every frame of it (sitegen's patch).
        let budget: MustacheRenderBudget

        init(indentation: String?, inherited: [String: MustacheTemplate]?, contentType: MustacheContentType,
             library: MustacheLibrary?, reloadPartials: Bool, watch: MustachePartialMemo.Watch?, budget: MustacheRenderBudget) {
            self.indentation = indentation
            self.inherited = inherited
            self.contentType = contentType
            self.library = library
            self.reloadPartials = reloadPartials
            self.watch = watch
            self.budget = budget
        }
    }

    var indentation: String? { frame.indentation }
    var inherited: [String: MustacheTemplate]? { frame.inherited }
    var contentType: MustacheContentType { frame.contentType }
    var library: MustacheLibrary? { frame.library }
    var reloadPartials: Bool { frame.reloadPartials }
    var watch: MustachePartialMemo.Watch? { frame.watch }
    var budget: MustacheRenderBudget { frame.budget }

    /// initialize context with a single objectt
    init(_ object: Any, library: MustacheLibrary? = nil, reloadPartials: Bool = false,
         budget: MustacheRenderBudget = MustacheRenderBudget(steps: MustacheTemplate.maximumSteps)) {
        self.stack = MustacheStack(object, below: nil)
        self.sequenceContext = nil
        self.frame = Frame(indentation: nil, inherited: nil, contentType: HTMLContentType(), library: library,
                           reloadPartials: reloadPartials, watch: nil, budget: budget)
    }

    private init(stack: MustacheStack, sequenceContext: MustacheSequenceContext?, frame: Frame) {
        self.stack = stack
        self.sequenceContext = sequenceContext
        self.frame = frame
    }

    /// The same context, its lookups watched by `watch`.
    func watched(by watch: MustachePartialMemo.Watch) -> MustacheContext {
        .init(stack: stack, sequenceContext: sequenceContext,
              frame: Frame(indentation: indentation, inherited: inherited, contentType: contentType, library: library,
                           reloadPartials: reloadPartials, watch: watch, budget: budget))
    }

    /// return context with object add to stack
    func withObject(_ object: Any) -> MustacheContext {
        .init(stack: MustacheStack(object, below: self.stack), sequenceContext: nil, frame: frame)
    }

    /// return context with indent and parameter information for invoking a partial
    func withPartial(indented: String?, inheriting: [String: MustacheTemplate]?) -> MustacheContext {
        let indentation: String?
        if let indented {
            indentation = (self.indentation ?? "") + indented
        } else {
            indentation = self.indentation
        }
        let inherits: [String: MustacheTemplate]?
        if let inheriting {
            if let originalInherits = self.inherited {
                inherits = originalInherits.merging(inheriting) { value, _ in value }
            } else {
                inherits = inheriting
            }
        } else {
            inherits = self.inherited
        }
        return .init(stack: self.stack, sequenceContext: nil,
                     frame: Frame(indentation: indentation, inherited: inherits, contentType: HTMLContentType(),
                                  library: library, reloadPartials: reloadPartials, watch: watch, budget: budget))
    }

    /// return context with indent information for invoking an inheritance block
    func withBlockExpansion(indented: String?) -> MustacheContext {
        guard let indented else { return .init(stack: self.stack, sequenceContext: nil, frame: frame) }
        return .init(stack: self.stack, sequenceContext: nil,
                     frame: Frame(indentation: (self.indentation ?? "") + indented, inherited: inherited, contentType: contentType,
                                  library: library, reloadPartials: reloadPartials, watch: watch, budget: budget))
    }

    /// return context with sequence info and sequence element added to stack
    func withSequence(_ object: Any, sequenceContext: MustacheSequenceContext) -> MustacheContext {
        .init(stack: MustacheStack(object, below: self.stack), sequenceContext: sequenceContext, frame: frame)
    }

    /// return context with sequence info and sequence element added to stack
    func withContentType(_ contentType: MustacheContentType) -> MustacheContext {
        .init(stack: self.stack, sequenceContext: self.sequenceContext,
              frame: Frame(indentation: indentation, inherited: inherited, contentType: contentType, library: library,
                           reloadPartials: reloadPartials, watch: watch, budget: budget))
    }
}
