import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A digest of everything a build reads, by `stat` alone: the name and stamp of every file under
/// `Content/` and `Templates/` and of `site.yaml`, the options, and sitegen itself. Equal digests
/// mean the same inputs, as `make` and git's index judge it, so a build that finds the digest
/// its output folder's `BuildRecord` holds has nothing to do.
enum SiteInputs {

    /// Nil when sitegen's own identity is unknown or an input changed too recently to be trusted.
    static func digest(_ options: BuildOptions) -> ContentDigest? {
        guard let identity = BuildIdentity.executable else { return nil }
        var start = timespec()
        clock_gettime(CLOCK_REALTIME, &start)
        let settled = start.tv_sec - FileStamp.settleSeconds
        var digest = ContentDigest.Builder()
        digest.add(identity)
        digest.add(options.root.standardizedFileURL.path)
        digest.add(options.outputFolder.path)
        digest.add(options.baseURL ?? "")
        digest.add([options.includeDrafts, options.includeFuture, options.strict].reduce(0) { $0 * 2 + ($1 ? 1 : 0) })
        let root = options.root.standardizedFileURL.path
        var paths = [SiteConfig.file]
        for folder in [ContentLoader.folder, TemplateLibrary.folder, PublishedFiles.staticFolder,
                       PublishedFiles.staticFolder + "/" + PublishedFiles.wellKnown] {
            paths += FolderListing.files(under: folder, in: root)
        }
        // Stated on all cores, added in order.
        let stamps = paths.concurrentMap { path -> (stamp: FileStamp, seconds: Int)? in
            var info = stat()
            guard stat(root + "/" + path, &info) == 0 else { return nil }
            return (FileStamp(info), info.st_mtim.tv_sec)
        }
        for (path, found) in zip(paths, stamps) {
            if let found, found.seconds >= settled { return nil }
            digest.add(path)
            let stamp = found?.stamp ?? .missing
            for number in [stamp.size, stamp.modified, stamp.modifiedNanoseconds, stamp.changed, stamp.changedNanoseconds, Int(bitPattern: stamp.inode)] {
                digest.add(number)
            }
        }
        return digest.digest
    }
}
