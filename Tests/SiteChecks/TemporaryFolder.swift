import Foundation

/// A fresh, empty folder under the system's temporary folder, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `files`, keyed by path relative to the folder.
    func write(_ files: [String: String]) throws {
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
    }

    /// Every file below the folder whose name ends in one of `extensions`, sorted by path.
    func files(withExtensions extensions: Set<String>) -> [URL] {
        Self.files(in: url, withExtensions: extensions)
    }

    /// Every file below `folder` whose name ends in one of `extensions`, sorted by path.
    static func files(in folder: URL, withExtensions extensions: Set<String>) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var found: [URL] = []
        while let file = walker?.nextObject() as? URL {
            if extensions.contains(file.pathExtension.lowercased()),
               (try? file.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                found.append(file)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
