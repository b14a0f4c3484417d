import Foundation
import Testing
@testable import SiteGen

/// Digests decide which files a build rewrites: two different contents must not share one.
@Suite("Content digests")
struct ContentDigestTests {
    @Test("every single-bit change, at every position of whole words and the tail, gives a new digest")
    func singleBitChanges() {
        let base = Array("A page of text, long enough for eight-byte words and a tail: 米粉!".utf8)
        var seen: Set<ContentDigest> = [ContentDigest(Data(base))]
        for index in base.indices {
            for bit in 0..<8 {
                var changed = base
                changed[index] ^= UInt8(1) << bit
                #expect(seen.insert(ContentDigest(Data(changed))).inserted, "byte \(index), bit \(bit)")
            }
        }
    }

    @Test("length matters: trailing zero bytes, and where one part ends and the next begins")
    func lengths() {
        let digests = (0..<20).map { ContentDigest(Data(repeating: 0, count: $0)) }
        #expect(Set(digests).count == digests.count)
        var ab = ContentDigest.Builder(), a = ContentDigest.Builder()
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab.digest != a.digest)
        #expect(ContentDigest("米粉") == ContentDigest(Data("米粉".utf8)))
    }
}
