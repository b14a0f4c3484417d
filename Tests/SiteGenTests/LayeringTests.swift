import Foundation
import Testing

/// Data flows one way through the stages of `Sources/SiteGen`: a file may name the types of its
/// own stage and of the stages before it, never of one after it. The test reads the sources,
/// finds every type each stage declares, and fails on a file that names a later stage's type,
/// or calls what a later stage adds to a type of the standard library's or a package's
/// (`Array.concurrentMap`), unless the pair is in `knownExceptions`: the ones that remain to be
/// taken apart, listed so that none is added unseen and each removal shows here.
@Suite("Layering")
struct LayeringTests {
    /// Earlier first. `Text`, `Diagnostics` and `Core` (digests, slugs, positions, output paths,
    /// YAML fields, folder listings, the files a build makes) are the foundation every stage may use.
    static let stages = ["Text", "Diagnostics", "Core", "Markdown", "Config", "Content", "Model", "Media", "Search", "Render", "Output", "Incremental", "Build",
                         "Author"]

    /// "file → type" pairs where an earlier stage still names a later one's type.
    static let knownExceptions: Set<String> = []

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/SiteGen")
    }

    /// Each stage's Swift files, by path relative to `Sources/SiteGen`, with their text.
    static func files() throws -> [(stage: Int, path: String, text: String)] {
        try stages.enumerated().flatMap { index, stage in
            let folder = sources.appendingPathComponent(stage)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return try names.filter { $0.hasSuffix(".swift") }.sorted().map { name in
                (index, "\(stage)/\(name)", try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8))
            }
        }
    }

    /// The names of the types a file declares at the top level (nested ones are named through
    /// their parent).
    static func declaredTypes(_ text: String) -> [String] {
        text.matches(of: /(?m)^(?:(?:public|final|private|fileprivate|internal|package|indirect)\s+)*(?:struct|enum|class|actor|protocol|typealias)\s+([A-Z][A-Za-z0-9]*)/)
            .map { String($0.1) }
    }

    /// The members a file adds to types the sources do not declare (`String`, `Array`, Yams'
    /// `Node`), and can be called from elsewhere: not private, at the top level of an extension.
    /// An initializer counts by its first label (`String(validatingUTF8Data:)`).
    static func addedMembers(_ text: String, declared: Set<String>) -> [String] {
        var members: [String] = []
        var inForeignExtension = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let match = line.wholeMatch(of: /(?:public\s+)?extension\s+([A-Za-z]+)[^{]*\{\s*/) {
                inForeignExtension = !declared.contains(String(match.1))
            } else if line == "}" {
                inForeignExtension = false
            } else if inForeignExtension,
                      let match = line.prefixMatch(of: /\ {4}(?:(?:public|static|mutating|nonisolated)\s+)*(?:(?:func|var|let)\s+|init\??\()([a-z][A-Za-z0-9]*)/) {
                members.append(String(match.1))
            }
        }
        return members
    }

    @Test("no stage names a type of a stage after it, nor calls what a later stage adds to another type, but for the known exceptions")
    func oneWay() throws {
        let files = try Self.files()
        var stageOfType: [String: Int] = [:]
        for file in files {
            for type in Self.declaredTypes(file.text) { stageOfType[type] = min(stageOfType[type] ?? file.stage, file.stage) }
        }
        #expect(stageOfType.count > 50, "the sources were found: \(Self.sources.path)")
        var stageOfMember: [String: Int] = [:]
        for file in files {
            for member in Self.addedMembers(file.text, declared: Set(stageOfType.keys)) {
                stageOfMember[member] = min(stageOfMember[member] ?? file.stage, file.stage)
            }
        }
        #expect(stageOfMember["containsUTF8Byte"] != nil, "members added to String are found")
        var found: Set<String> = []
        for file in files {
            // Without comments: a doc comment may name what comes later.
            let code = file.text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }
                .joined(separator: "\n")
            let words = Set(code.matches(of: /[A-Z][A-Za-z0-9]*/).map { String($0.0) })
            for word in words {
                if let stage = stageOfType[word], stage > file.stage { found.insert("\(file.path) → \(word)") }
            }
            let calls = Set(code.matches(of: /\.([a-z][A-Za-z0-9]*)|\(([a-z][A-Za-z0-9]*):/).map { String($0.1 ?? $0.2 ?? "") })
            for call in calls {
                if let stage = stageOfMember[call], stage > file.stage { found.insert("\(file.path) → .\(call)") }
            }
        }
        let added = found.subtracting(Self.knownExceptions).sorted()
        #expect(added == [], "an earlier stage names a later one's type; pass what it needs down the pipeline instead")
        let gone = Self.knownExceptions.subtracting(found).sorted()
        #expect(gone == [], "taken apart: remove these from knownExceptions")
    }
}
