/// What the writer last put in the output folder: each file's path and content digest. With it
/// a rebuild compares digests instead of reading every file back, and knows which files to
/// remove without listing the folder.
public struct OutputManifest: Sendable, Equatable {
    public var digests: [String: ContentDigest]

    public init(digests: [String: ContentDigest] = [:]) {
        self.digests = digests
    }
}
