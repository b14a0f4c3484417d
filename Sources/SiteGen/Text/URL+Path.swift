import Foundation

extension URL {
    /// `path` (one or more components) under this folder, taken to name a file. Unlike
    /// `appendingPathComponent`, it does not ask the file system whether the result is a folder:
    /// a `stat` for every output file, for nothing.
    func appendingFile(_ path: String) -> URL {
        appending(path: path, directoryHint: .notDirectory)
    }
}
