import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Exclusive use of one output folder, held from before a build reads what the folder holds
/// until its write is committed, so that two sitegens (two builds, or a build and `serve`) never
/// interleave their writes into one site. The lock lives in the output's work folder
/// (`OutputWorkFolder`) beside it; a second sitegen waits its turn and says whom it waits for.
///
/// It is an advisory `flock`, which the kernel drops when its process ends, however it ends:
/// a killed build never leaves a lock that a person must remove.
final class OutputLock {
    let folder: OutputWorkFolder
    private var descriptor: Int32

    private init(folder: OutputWorkFolder, descriptor: Int32) {
        self.folder = folder
        self.descriptor = descriptor
    }

    /// Waits until no other sitegen writes `folder`'s output, calling `waiting` once if it must.
    static func acquire(_ folder: OutputWorkFolder, waiting: (String) -> Void) throws -> OutputLock {
        var announced = false
        while true {
            try folder.make()
            let descriptor = open(folder.lockFile, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                // Removed by the holder as it finished, between our mkdir and open.
                if errno == ENOENT { continue }
                throw OutputTree.posixError(folder.lockFile)
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK else {
                    close(descriptor)
                    throw OutputTree.posixError(folder.lockFile)
                }
                if !announced {
                    announced = true
                    waiting(holderDescription(descriptor, output: folder.output))
                }
                while flock(descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        close(descriptor)
                        throw OutputTree.posixError(folder.lockFile)
                    }
                }
            }
            // The holder before us removes the lock file as it finishes; a lock on that removed
            // file excludes no one, so start again on the file now at the path.
            var held = stat(), current = stat()
            guard fstat(descriptor, &held) == 0, stat(folder.lockFile, &current) == 0,
                  held.st_ino == current.st_ino, held.st_dev == current.st_dev else {
                close(descriptor)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(descriptor, 0)
            _ = pid.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
            return OutputLock(folder: folder, descriptor: descriptor)
        }
    }

    /// Removes the work folder, the lock file last, then lets the next sitegen in.
    func release() {
        guard descriptor >= 0 else { return }
        folder.removeAllButLock()
        unlink(folder.lockFile)
        rmdir(folder.path)
        close(descriptor)
        descriptor = -1
    }

    /// Lets go as a killed process does, leaving the work folder as it is: for tests of what the
    /// next sitegen finds.
    func abandon() {
        guard descriptor >= 0 else { return }
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }

    private static func holderDescription(_ descriptor: Int32, output: URL) -> String {
        var bytes = [UInt8](repeating: 0, count: 32)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        let pid = count > 0 ? String(decoding: bytes[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
        let who = pid.isEmpty ? "another sitegen" : "another sitegen (process \(pid))"
        return "waiting: \(who) is writing \(output.path)"
    }
}
