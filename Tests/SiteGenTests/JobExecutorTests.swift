import Foundation
import Synchronization
import Testing
@testable import SiteGen

/// The incremental layer: a file is rendered again exactly when the global digest or one of the
/// inputs its job declared changed, and its key is derived from those alone.
@Suite("Job executor")
struct JobExecutorTests {
    /// Counts the renders of the jobs it makes.
    final class Renders: Sendable {
        let count = Mutex(0)

        func job<each Input: Digestible>(path: String = "a.html", kind: String = "page", _ input: repeat each Input) -> RenderJob {
            RenderJob(path, kind: kind, inputs: repeat each input) { (_: repeat each Input) in
                self.count.withLock { $0 += 1 }
                return OutputFile(path: path, text: "made", source: "test")
            }
        }
    }

    static let global = ContentDigest("global")

    /// What a build with `previous` files makes of `job`, and whether it rendered it.
    struct Run {
        var file: OutputFile
        var isRendered: Bool
        var madeFrom: ContentDigest? { file.madeFrom }
    }

    static func run(_ job: RenderJob, previous: [Run] = [], global: ContentDigest = global) -> Run {
        let executor = JobExecutor(previous: Dictionary(uniqueKeysWithValues: previous.map { ($0.file.path, $0.file) }), global: global)
        let file = executor.file(job)
        return Run(file: file, isRendered: executor.rendered == [job.path])
    }

    @Test func unchangedInputsGiveTheLastFileWithoutRendering() {
        let renders = Renders()
        let first = Self.run(renders.job("x", [1, 2]))
        #expect(first.isRendered && first.madeFrom != nil)
        let again = Self.run(renders.job("x", [1, 2]), previous: [first])
        #expect(!again.isRendered)
        #expect(again.madeFrom == first.madeFrom)
        #expect(renders.count.withLock { $0 } == 1)
    }

    @Test func anyChangedInputRendersAgain() {
        let renders = Renders()
        let first = Self.run(renders.job("x", [1, 2], Optional<String>.none))
        for job in [renders.job("y", [1, 2], Optional<String>.none), renders.job("x", [1, 3], Optional<String>.none),
                    renders.job("x", [1, 2], Optional("z")), renders.job("x", [1, 2, 0], Optional<String>.none)] {
            #expect(Self.run(job, previous: [first]).isRendered)
        }
        #expect(renders.count.withLock { $0 } == 5)
    }

    @Test func aNewGlobalDigestRendersEverythingAgain() {
        let renders = Renders()
        let first = Self.run(renders.job("x"))
        #expect(Self.run(renders.job("x"), previous: [first], global: ContentDigest("other templates")).isRendered)
    }

    /// A kind's inputs are always of the same types, one call site declaring them.
    @Test func keysTellApartKindsAndHowInputsAreGrouped() {
        let renders = Renders()
        let keys = [
            renders.job(kind: "section", [1, 2], [3]), renders.job(kind: "tag", [1, 2], [3]),
            renders.job(kind: "section", [1], [2, 3]), renders.job(kind: "section", [1, 2, 3]),
            renders.job(kind: "section", "ab", "c"), renders.job(kind: "section", "a", "bc"),
            renders.job(kind: "section", Optional<Int>.none, Optional(0)), renders.job(kind: "section", Optional(0), Optional<Int>.none),
        ].map { $0.key(global: Self.global) }
        #expect(Set(keys).count == keys.count)
    }

    @Test func aFileOfAnotherPathIsNeverTaken() {
        let renders = Renders()
        let first = Self.run(renders.job(path: "a.html", "x"))
        #expect(Self.run(renders.job(path: "b.html", "x"), previous: [first]).isRendered)
    }

    @Test func aPageIsKeyedByItsDigest() throws {
        let config = SiteConfig(title: "T")
        func page(_ body: String) throws -> Page {
            let parsed = ContentLoader.parse(SourceFile(path: "Content/notes/x.md", text: "---\ntitle: X\ndate: 2026-01-05\n---\n\(body)\n"),
                                             config: config, digest: ContentDigest(body))
            return try #require({ if case .success(.page(let page)) = parsed { page } else { nil } }(), "\(parsed)")
        }
        let renders = Renders()
        let first = Self.run(renders.job(try page("one")))
        #expect(!Self.run(renders.job(try page("one")), previous: [first]).isRendered)
        #expect(Self.run(renders.job(try page("two")), previous: [first]).isRendered)
    }
}
