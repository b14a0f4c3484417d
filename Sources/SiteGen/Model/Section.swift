/// A folder of pages under `Content/`, with its title and intro from `_index.md`.
public struct Section: Sendable {
    /// Slug of the folder name: the section's URL is `/<name>/`.
    public var name: String
    public var index: SectionIndex
    /// Pages in list order (newest first).
    public var pages: [Page]
    /// The folder of the section's language: the root, or `zh/`.
    public var root: OutputPath = .root

    public var outputPath: OutputPath { root.appending(name) }
}
