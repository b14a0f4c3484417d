/// Splits UTF-8 text into words and CJK runs. Words are gathered as bytes: an ASCII word (nearly
/// all of English) is lowercased byte by byte and handed on as bytes, so that a term met before
/// needs no string at all. A struct with mutating methods rather than closures over local
/// variables: those made every byte pay a dynamic exclusivity check.
struct RunScanner {
    private var word: [UInt8] = []
    private var wordIsASCII = true
    private var cjk: [Unicode.Scalar] = []

    init() {
        word.reserveCapacity(64)
    }

    /// Calls `onWord` with each word's UTF-8 bytes, lowercased when `isASCII` says the word is
    /// ASCII and not folded otherwise, and `onCJK` with each run of CJK characters.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>,
                       onWord: (_ bytes: UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void,
                       onCJK: ([Unicode.Scalar]) -> Void) {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                guard Self.isASCIIWordByte(byte) else {
                    index += 1
                    endWord(onWord)
                    endCJK(onCJK)
                    continue
                }
                if !cjk.isEmpty { endCJK(onCJK) }
                // A run of ASCII letters and digits at once. Alone, lowercase, and ended by
                // something other than a letter of another script, it is handed on as it lies in
                // the text, without a copy.
                let start = index
                var hasUppercase = false
                while index < bytes.count, bytes[index] < 0x80, Self.isASCIIWordByte(bytes[index]) {
                    hasUppercase = hasUppercase || bytes[index] <= UInt8(ascii: "Z") && bytes[index] >= UInt8(ascii: "A")
                    index += 1
                }
                let continues = index < bytes.count && bytes[index] >= 0x80
                if word.isEmpty, !hasUppercase, !continues {
                    onWord(UnsafeBufferPointer(rebasing: bytes[start..<index]), true)
                } else {
                    for byte in bytes[start..<index] {
                        word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                    }
                }
                continue
            }
            let start = index
            let scalar = SearchTokenizer.decodeScalar(bytes, at: &index)
            switch ScalarClass(scalar) {
            case .word:
                endCJK(onCJK)
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
                endWord(onWord)
                cjk.append(scalar)
            case .separator:
                endWord(onWord)
                endCJK(onCJK)
            }
        }
        endWord(onWord)
        endCJK(onCJK)
    }

    private static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "A")...UInt8(ascii: "Z"): true
        default: false
        }
    }

    private mutating func endWord(_ onWord: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        guard !word.isEmpty else { return }
        let isASCII = wordIsASCII
        word.withUnsafeBufferPointer { onWord($0, isASCII) }
        word.removeAll(keepingCapacity: true)
        wordIsASCII = true
    }

    private mutating func endCJK(_ onCJK: ([Unicode.Scalar]) -> Void) {
        guard !cjk.isEmpty else { return }
        onCJK(cjk)
        cjk.removeAll(keepingCapacity: true)
    }
}
