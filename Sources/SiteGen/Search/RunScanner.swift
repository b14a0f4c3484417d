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
        Self.asciiClasses.withUnsafeBufferPointer { classes in
            scan(bytes, classes: classes, onWord: onWord, onCJK: onCJK)
        }
    }

    /// What each byte is to a word: part of one (lowercase, or uppercase to be folded), the end of
    /// one, or the start of a character beyond ASCII. A table, since nearly every byte of a page
    /// is looked at here.
    private static let asciiClasses: [UInt8] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): lower
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): upper
        case 0x80...: beyondASCII
        default: separator
        }
    }
    private static let separator: UInt8 = 0, lower: UInt8 = 1, upper: UInt8 = 2, beyondASCII: UInt8 = 4

    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
                               onWord: (_ bytes: UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Void,
                               onCJK: ([Unicode.Scalar]) -> Void) {
        var index = 0
        while index < bytes.count {
            let byteClass = classes[Int(bytes[index])]
            if byteClass == Self.separator {
                index += 1
                endWord(onWord)
                endCJK(onCJK)
                continue
            }
            if byteClass != Self.beyondASCII {
                if !cjk.isEmpty { endCJK(onCJK) }
                // A run of ASCII letters and digits at once. Alone, lowercase, and ended by
                // something other than a letter of another script, it is handed on as it lies in
                // the text, without a copy.
                let start = index
                var seen: UInt8 = 0
                while index < bytes.count {
                    let next = classes[Int(bytes[index])]
                    guard next & (Self.lower | Self.upper) != 0 else { break }
                    seen |= next
                    index += 1
                }
                let continues = index < bytes.count && bytes[index] >= 0x80
                if word.isEmpty, seen & Self.upper == 0, !continues {
                    onWord(UnsafeBufferPointer(rebasing: bytes[start..<index]), true)
                } else {
                    for byte in bytes[start..<index] {
                        word.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte)
                    }
                }
                continue
            }
            let start = index
            let scalar = Unicode.Scalar.decoding(validUTF8: bytes, at: &index)
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
