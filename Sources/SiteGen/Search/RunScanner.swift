/// Splits UTF-8 text into `SearchTokenizer.Run`s. Words are gathered as bytes: an ASCII word
/// (nearly all of English) is lowercased byte by byte, and a short one becomes a string without
/// allocating. A struct with mutating methods rather than closures over local variables: those
/// made every byte pay a dynamic exclusivity check.
struct RunScanner {
    private var word: [UInt8] = []
    private var wordIsASCII = true
    private var cjk: [Unicode.Scalar] = []

    init() {
        word.reserveCapacity(64)
    }

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (SearchTokenizer.Run) -> Void) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if !cjk.isEmpty { endCJK(body) }
                    word.append(byte)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if !cjk.isEmpty { endCJK(body) }
                    word.append(byte | 0x20)
                default:
                    endWord(body)
                    endCJK(body)
                }
                continue
            }
            let start = index
            let scalar = SearchTokenizer.decodeScalar(bytes, at: &index)
            switch ScalarClass(scalar) {
            case .word:
                endCJK(body)
                word.append(contentsOf: bytes[start..<index])
                wordIsASCII = false
            case .mark:
                // A mark belongs to the letter before it; alone (after an emoji, or a variation
                // selector on a Han character) it neither adds to nor breaks a run.
                if !word.isEmpty {
                    word.append(contentsOf: bytes[start..<index])
                    wordIsASCII = false
                }
            case .ignored:
                break
            case .cjk:
                endWord(body)
                cjk.append(scalar)
            case .separator:
                endWord(body)
                endCJK(body)
            }
        }
        endWord(body)
        endCJK(body)
    }

    private mutating func endWord(_ body: (SearchTokenizer.Run) -> Void) {
        guard !word.isEmpty else { return }
        let text = String(decoding: word, as: UTF8.self)
        let folded = wordIsASCII ? text : SearchTokenizer.fold(text)
        if !folded.isEmpty { body(.word(folded)) }
        word.removeAll(keepingCapacity: true)
        wordIsASCII = true
    }

    private mutating func endCJK(_ body: (SearchTokenizer.Run) -> Void) {
        guard !cjk.isEmpty else { return }
        body(.cjk(cjk))
        cjk.removeAll(keepingCapacity: true)
    }
}
