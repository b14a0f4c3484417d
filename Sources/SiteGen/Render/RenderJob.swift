/// One file a renderer asks for: where it goes, the values it is made from, and how to make it
/// from them. Renderers only declare jobs; the incremental layer (`JobExecutor`) derives each
/// file's key from the declared inputs and renders only the files whose key changed.
///
/// The render function is handed exactly the declared inputs, so what it reads of the pages is
/// what the key covers. Anything else it reads must be global — the templates, the settings and
/// what every page shows (sections, menu) — which the executor adds to every key.
struct RenderJob: Sendable {
    /// Inside the output folder, e.g. `articles/x/index.html`.
    let path: String
    private let addInputs: @Sendable (inout ContentDigest.Builder) -> Void
    private let make: @Sendable () -> OutputFile

    /// `kind` tells apart files made differently from equal inputs (a section list and a tag
    /// list of the same pages).
    init<each Input: Digestible>(_ path: String, kind: String, inputs input: repeat each Input,
                                 render: @escaping @Sendable (repeat each Input) -> OutputFile) {
        self.path = path
        let inputs = (repeat each input)
        addInputs = { key in
            key.add(kind)
            repeat (each inputs).add(to: &key)
        }
        make = { render(repeat each inputs) }
    }

    /// The key of the file: `global` and the declared inputs.
    func key(global: ContentDigest) -> ContentDigest {
        var key = ContentDigest.Builder()
        key.add(global)
        addInputs(&key)
        return key.digest
    }

    /// Makes the file, with its key.
    func render(key: ContentDigest) -> OutputFile {
        var file = make()
        file.madeFrom = key
        return file
    }
}
