import Foundation

/// Every folder, file (with its bytes) and link under a folder, read with POSIX calls and keyed
/// by the bytes of each relative path: two names that differ only in Unicode normalization stay
/// two entries, links are never followed, and a named pipe is noted without being opened.
struct FileTree: Equatable {
    enum Entry: Equatable {
        case folder
        case file([UInt8])
        case link([UInt8])
        case special
    }

    private(set) var entries: [[UInt8]: Entry] = [:]

    init(of folder: String) {
        walk(Array(folder.utf8), relative: [])
    }

    private mutating func walk(_ folder: [UInt8], relative: [UInt8]) {
        guard let directory = opendir(String(decoding: folder, as: UTF8.self)) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { Array($0.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            let path = relative.isEmpty ? name : relative + [0x2F] + name
            let full = folder + [0x2F] + name
            var status = stat()
            guard Self.withPath(full, { lstat($0, &status) }) == 0 else { continue }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                entries[path] = .folder
                walk(full, relative: path)
            case S_IFLNK:
                var target = [UInt8](repeating: 0, count: 4_096)
                let count = Self.withPath(full) { readlink($0, &target, target.count) }
                entries[path] = .link(Array(target.prefix(max(count, 0))))
            case S_IFREG:
                entries[path] = .file(Self.read(full))
            default:
                entries[path] = .special
            }
        }
    }

    private static func withPath<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
        (path + [0]).withUnsafeBufferPointer { $0.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    private static func read(_ path: [UInt8]) -> [UInt8] {
        let descriptor = withPath(path) { open($0, O_RDONLY | O_NONBLOCK) }
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = Glibc.read(descriptor, &buffer, buffer.count)
            if count <= 0 { break }
            result += buffer.prefix(count)
        }
        return result
    }

    /// Paths of regular files, as text.
    var files: [String] {
        entries.compactMap { if case .file = $0.value { String(decoding: $0.key, as: UTF8.self) } else { nil } }.sorted()
    }

    /// The bytes of the regular file at `path`.
    func bytes(_ path: [UInt8]) -> [UInt8]? {
        if case .file(let bytes)? = entries[path] { bytes } else { nil }
    }

    /// Paths added, removed or changed since `earlier`, marked `+`, `-` or `~`, leaving out
    /// those under `excluded` (a relative path): what a build changed outside its output folder.
    func changes(since earlier: FileTree, excluding excluded: String) -> [String] {
        let excludedBytes = Array(excluded.utf8)
        let paths = Set(entries.keys).union(earlier.entries.keys).filter {
            $0 != excludedBytes && !$0.starts(with: excludedBytes + [0x2F])
        }
        return paths.compactMap { path -> String? in
            let shown = FuzzText.shown(String(decoding: path, as: UTF8.self), limit: 200)
            switch (earlier.entries[path], entries[path]) {
            case (nil, _?): return "+ \(shown)"
            case (_?, nil): return "- \(shown)"
            case let (old?, new?) where old != new: return "~ \(shown)"
            default: return nil
            }
        }.sorted()
    }
}
