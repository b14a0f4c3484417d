import Foundation

/// Which sitegen is running. Part of every render key: the records a build leaves on its output
/// outlive the process, and a file another version of sitegen rendered from the same inputs may
/// differ from what this one renders.
enum BuildIdentity {
    /// Of the executable's path, size, modification time and inode: a rebuilt or upgraded
    /// sitegen differs. Nil where the executable cannot be found: then no record is trusted.
    static let executable: ContentDigest? = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return nil }
        var digest = ContentDigest.Builder()
        digest.add(path)
        digest.add((attributes[.size] as? Int) ?? 0)
        digest.add(Int((((attributes[.modificationDate] as? Date) ?? .distantPast).timeIntervalSince1970 * 1e9)))
        digest.add((attributes[.systemFileNumber] as? Int) ?? 0)
        return digest.digest
    }()
}
