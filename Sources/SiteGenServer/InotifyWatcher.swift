#if os(Linux)
import Foundation
import Glibc

/// Watches the sources through inotify: the kernel says which file changed, so an idle site
/// costs nothing and a save is seen at once, whatever the site's size. The watches are added
/// when the watcher is made, and the kernel queues what happens from then on until `run` reads
/// it: a save made during the first build is not lost.
final class InotifyWatcher: @unchecked Sendable {
    /// Why `run` returned.
    enum Ending: Equatable {
        case cancelled
        /// inotify cannot go on covering the sources (its limit of watches is reached): poll.
        case failed
    }

    private let fd: Int32
    // Touched by `init`, then only by the one thread `run` starts; `lock` guards the rest.
    private var folders: WatchedFolders
    private let lock = NSLock()
    private var started = false
    private var closed = false
    /// The pipe end that cancellation writes to, while `run` runs.
    private var stopSignal: Int32 = -1

    /// Nil when inotify is not available or cannot watch every source folder.
    init?(root: URL) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard fd >= 0 else { return nil }
        folders = WatchedFolders(fd: fd, root: root.standardizedFileURL.path)
        var changes = WatchedFolders.Changes()
        guard folders.watchAll(into: &changes), !changes.unknown else {
            close(fd)
            return nil
        }
    }

    deinit { closeOnce() }

    /// Reports changes into `pending` until the task is cancelled or inotify fails; then stops
    /// watching and closes its file descriptor. Runs once.
    func run(into pending: PendingChanges) async -> Ending {
        guard lock.withLock({ () -> Bool in defer { started = true }; return !started && !closed }) else { return .cancelled }
        defer { closeOnce() }
        // The reading thread sleeps in poll() on the inotify descriptor and on this pipe, which
        // cancellation writes to: no timer wakes it while nothing happens.
        var stop: [Int32] = [-1, -1]
        guard pipe(&stop) == 0 else { return .failed }
        for end in stop { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        lock.withLock { stopSignal = stop[1] }
        let stopped = stop[0]
        defer {
            // Under the lock: a cancellation handler may still be running.
            lock.withLock {
                close(stopSignal)
                stopSignal = -1
            }
            close(stopped)
        }
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Ending, Never>) in
                let thread = Thread { continuation.resume(returning: self.read(into: pending, stop: stopped)) }
                thread.name = "sitegen inotify"
                thread.start()
            }
        } onCancel: {
            lock.withLock {
                var byte: UInt8 = 1
                if stopSignal >= 0 { _ = write(stopSignal, &byte, 1) }
            }
        }
    }

    private func read(into pending: PendingChanges, stop: Int32) -> Ending {
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: 8)
        defer { buffer.deallocate() }
        var waiting = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0), pollfd(fd: stop, events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&waiting, 2, -1) < 0 {
                if errno == EINTR { continue }
                pending.recordUnknown()
                return .failed
            }
            if waiting[1].revents != 0 { return .cancelled }
            var changes = WatchedFolders.Changes()
            while true {
                let count = Glibc.read(fd, buffer, capacity)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { break } // EAGAIN: all read.
                Self.events(in: UnsafeRawBufferPointer(start: buffer, count: count)) { wd, mask, name in
                    folders.handle(wd: wd, mask: mask, name: name, into: &changes)
                }
            }
            if changes.unknown { pending.recordUnknown() }
            if !changes.paths.isEmpty { pending.record(changes.paths) }
            if folders.exhausted { return .failed }
        }
    }

    /// Splits what one read returned into its events: `struct inotify_event` is a descriptor, a
    /// mask, a cookie, the name's length and the name, padded with zero bytes.
    static func events(in bytes: UnsafeRawBufferPointer, _ body: (Int32, UInt32, String) -> Void) {
        let header = MemoryLayout<inotify_event>.size
        var offset = 0
        while offset + header <= bytes.count {
            let wd = bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self)
            let mask = bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
            let length = Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
            let end = min(offset + header + length, bytes.count)
            let name = String(decoding: bytes[(offset + header)..<end].prefix { $0 != 0 }, as: UTF8.self)
            body(wd, mask, name)
            offset = end
        }
    }

    private func closeOnce() {
        let wasOpen = lock.withLock { () -> Bool in defer { closed = true }; return !closed }
        if wasOpen { close(fd) }
    }
}
#endif
