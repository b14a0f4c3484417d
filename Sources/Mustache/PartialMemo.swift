//
// sitegen's addition to the vendored swift-mustache (see README.md).
//

import Foundation

/// The output of partials rendered on an object, kept so that the same partial on the same object
/// is rendered once: a page's card in a list (`{{#pages}}{{>item}}{{/pages}}`) comes out the same
/// in every list that shows the page, and a site's lists show each page many times over.
///
/// A recording is kept only when the partial's output can depend on nothing but that object: it
/// began with a `MustacheObject` on top of the stack, no lookup went below it (a name the object
/// does not answer is looked for further down, which makes the output depend on where the partial
/// was used), no block of an enclosing parent template was expanded, no lambda was called, and
/// it was not indented. A host sets a memo on its library only for objects that do not change
/// while it is in use; the memo holds them, so that an object's identity is not reused.
///
/// It holds at most `byteLimit` bytes of output: past that, partials are rendered as they would be
/// without it, so that a memo never costs more memory than its host allows.
public final class MustachePartialMemo: @unchecked Sendable {
    private let lock = NSLock()
    /// Where each recording's bytes are in `arena`, and the object it was made on.
    private var outputs: [Key: (start: Int, count: Int, object: MustacheObject)] = [:]
    /// Every recording's UTF-8 end to end, in one allocation made at the first: strings of their
    /// own, made among the pages' short-lived ones, kept the allocator from giving those back
    /// (a peak of three times the bytes kept).
    private var arena: [UInt8] = []
    private let byteLimit: Int

    public init(byteLimit: Int = 64 << 20) {
        self.byteLimit = byteLimit
    }

    struct Key: Hashable {
        let partial: String
        let object: ObjectIdentifier
    }

    /// What one recording found: set by lookups while the partial renders.
    final class Watch {
        /// The level the partial began on.
        let floor: MustacheStack
        /// Whether anything outside that level decided part of the output.
        var escaped = false

        init(floor: MustacheStack) {
            self.floor = floor
        }
    }

    /// The partial `name` rendered in `context`, from the memo or rendered now; nil when its output
    /// cannot be recorded, and the caller renders it as usual.
    func render(_ template: MustacheTemplate, named name: String, context: MustacheContext) -> String? {
        guard context.watch == nil, context.indentation?.isEmpty ?? true, !context.reloadPartials,
              MustacheValue.kind(of: context.stack.object) == .object,
              case .object(let object) = MustacheValue(context.stack.object) else { return nil }
        let key = Key(partial: name, object: ObjectIdentifier(object))
        let recorded = lock.withLock {
            outputs[key].map { entry in
                arena.withUnsafeBufferPointer { String(decoding: $0[entry.start..<entry.start + entry.count], as: UTF8.self) }
            }
        }
        if let recorded { return recorded }
        let watch = Watch(floor: context.stack)
        var text = ""
        template.render(context: context.watched(by: watch), into: &text)
        if !watch.escaped {
            lock.withLock {
                guard arena.count + text.utf8.count <= byteLimit, outputs[key] == nil else { return }
                if arena.isEmpty { arena.reserveCapacity(byteLimit) }
                outputs[key] = (arena.count, text.utf8.count, object)
                arena.append(contentsOf: text.utf8)
            }
        }
        return text
    }
}
