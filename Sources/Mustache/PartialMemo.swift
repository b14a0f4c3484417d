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
/// without it, so that a memo never costs more memory than its host allows. A partial whose
/// recordings are seldom used again (a page's own tag list, shown once on the page) stops being
/// recorded, so that the room goes to those that are (its card, shown in every list).
public final class MustachePartialMemo: @unchecked Sendable {
    /// Recordings in shards by object, each with its own lock: every card of every list asks,
    /// from every rendering thread, and one lock made them wait on each other.
    private let shards: [Shard]
    private let bytesLock = NSLock()
    private var bytes = 0
    private var limit: Int

    /// A memo of at most `byteLimit` bytes, its recordings spread over `shards` locks (a power of
    /// two). An object's shard follows from its address, and each shard judges its partials on its
    /// own objects; with one shard, what is recorded depends on nothing but the order of renders,
    /// as a test that counts renders needs.
    public init(byteLimit: Int = 64 << 20, shards: Int = 16) {
        precondition(shards > 0 && shards & (shards - 1) == 0, "a power of two of shards")
        limit = byteLimit
        self.shards = (0..<shards).map { _ in Shard() }
    }

    /// The most output the memo holds; a host may raise it once it knows how much there is to hold.
    public var byteLimit: Int {
        get { bytesLock.withLock { limit } }
        set { bytesLock.withLock { limit = newValue } }
    }

    private final class Shard: @unchecked Sendable {
        let lock = NSLock()
        /// Each with the steps its render took, which a render that reuses it takes as its own.
        var outputs: [Key: (text: String, object: MustacheObject, steps: Int)] = [:]
        /// By partial name, within this shard's objects: a sample of the whole, and no lock
        /// shared between shards.
        var uses: [String: Uses] = [:]
        /// What was rendered without recording, since its partial did not seem worth it: counted
        /// when asked for again, so that a partial judged on too few renders is recorded again.
        var unrecorded: Set<Key> = []
    }

    /// How often a partial was asked for on the same object again.
    struct Uses {
        var objects = 0
        var reuses = 0

        /// Judged after a few dozen objects: one in eight asked for again at least, or not worth the room.
        var worthRecording: Bool { objects < 32 || reuses * 8 >= objects }
    }

    private func shard(_ object: MustacheObject) -> Shard {
        // Objects are at least 16-byte aligned: the bits above those pick the shard.
        shards[Int(truncatingIfNeeded: UInt(bitPattern: ObjectIdentifier(object)) >> 4) & (shards.count - 1)]
    }

    struct Key: Hashable {
        let partial: String
        let object: ObjectIdentifier
    }

    /// A copy of `text` in a buffer of its size: rendered by appending, a text sits in a buffer
    /// grown by doubling, up to twice its size, and the memo holds one for each card of a site.
    private static func compact(_ text: String) -> String {
        var text = text
        let count = text.utf8.count
        guard count > 15 else { return text }
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return count
            }
        }
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
        let shard = shard(object)
        let (recorded, worth) = shard.lock.withLock { () -> ((text: String, steps: Int)?, Bool) in
            if let recorded = shard.outputs[key] {
                shard.uses[name, default: Uses()].reuses += 1
                return ((recorded.text, recorded.steps), true)
            }
            let worth = shard.uses[name]?.worthRecording ?? true
            if !worth {
                if shard.unrecorded.insert(key).inserted { shard.uses[name]!.objects += 1 } else { shard.uses[name]!.reuses += 1 }
            }
            return (nil, worth)
        }
        // A render whose budget the recording would pass renders the partial itself, to stop
        // where it would have stopped without the memo.
        if let recorded { return context.budget.spend(recorded.steps) ? recorded.text : nil }
        guard worth else { return nil }
        let watch = Watch(floor: context.stack)
        var text = ""
        let stepsBefore = context.budget.remaining
        template.render(context: context.watched(by: watch), into: &text)
        // Cut short by the budget, the text is not the partial's.
        if !watch.escaped, !context.budget.isSpent {
            let fits = bytesLock.withLock {
                guard bytes + text.utf8.count <= limit else { return false }
                bytes += text.utf8.count
                return true
            }
            if fits {
                let kept = Self.compact(text)
                shard.lock.withLock {
                    shard.outputs[key] = (kept, object, stepsBefore - context.budget.remaining)
                    // An object rendered before without recording has come back: a reuse, not one
                    // more object, or the partial would seem less worth recording the more of its
                    // objects came back.
                    if !shard.unrecorded.isEmpty, shard.unrecorded.remove(key) != nil {
                        shard.uses[name, default: Uses()].reuses += 1
                    } else {
                        shard.uses[name, default: Uses()].objects += 1
                    }
                }
            }
        }
        return text
    }
}
