/// A site held in memory as bytes, to be mutated and then written out: paths are compared by
/// their Unicode scalars (not as Swift strings, which call NFC and NFD spellings equal), so that
/// a site may hold two names that differ only in normalization, as a file system may.
struct FuzzSite {
    enum Entry: Equatable {
        case file([UInt8])
        /// A symbolic link, with its target exactly as written.
        case link(String)
        /// A named pipe, which blocks whoever opens it for reading.
        case fifo
    }

    /// Paths relative to the site's folder, in the order they were added.
    private(set) var paths: [String] = []
    private var entries: [[UInt32]: Entry] = [:]

    init(_ files: [String: String] = [:]) {
        for path in files.keys.sorted() { self[path] = .file(Array(files[path]!.utf8)) }
    }

    private static func key(_ path: String) -> [UInt32] { path.unicodeScalars.map(\.value) }

    subscript(path: String) -> Entry? {
        get { entries[Self.key(path)] }
        set {
            let key = Self.key(path)
            if entries[key] == nil, newValue != nil { paths.append(path) }
            if entries[key] != nil, newValue == nil { paths.removeAll { Self.key($0) == key } }
            entries[key] = newValue
        }
    }

    /// The bytes of the file at `path`, or nil when it is no regular file.
    func bytes(_ path: String) -> [UInt8]? {
        if case .file(let bytes)? = self[path] { bytes } else { nil }
    }

    /// Paths of regular files whose name ends with `suffix`, in a stable order.
    func files(endingWith suffix: String) -> [String] {
        paths.filter { $0.hasSuffix(suffix) && bytes($0) != nil }
    }

    /// Markdown pages under `Content/`, `_index.md` files included.
    var pages: [String] { files(endingWith: ".md").filter { $0.hasPrefix("Content/") } }

    /// Template files, partials included.
    var templates: [String] { files(endingWith: ".mustache").filter { $0.hasPrefix("Templates/") } }

    /// Folders that hold at least one entry, each parent of an entry's path.
    var folders: [String] {
        var seen = Set<[UInt32]>()
        var result: [String] = []
        for path in paths {
            var parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
            while !parts.isEmpty {
                let folder = parts.joined(separator: "/")
                if seen.insert(Self.key(folder)).inserted { result.append(folder) }
                parts = parts.dropLast()
            }
        }
        return result
    }

    /// Moves the entry at `path` to `newPath`, replacing whatever was there.
    mutating func move(_ path: String, to newPath: String) {
        guard let entry = self[path] else { return }
        self[path] = nil
        self[newPath] = entry
    }
}
