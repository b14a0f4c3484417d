import Foundation

/// The theme that `sitegen init` gives a new site: the files of this repository's `Templates/`,
/// carried inside the binary so that an installed sitegen needs no checkout. The bytes live in
/// `DefaultTheme+Files.swift`, which `make theme` writes from `Templates/`.
public enum DefaultTheme {
    /// Each file, by its path inside `Templates/` (`partials/header.mustache`), in path order.
    public static var files: [(path: String, bytes: Data)] {
        encodedFiles.map { file in
            guard let bytes = Data(base64Encoded: file.base64) else {
                preconditionFailure("DefaultTheme+Files.swift holds invalid base64 for \(file.path); run make theme")
            }
            return (file.path, bytes)
        }
    }
}
