import Foundation

extension String {
    /// Decodes UTF-8, refusing invalid bytes rather than replacing them.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}

extension StringProtocol {
    /// Whether any byte of the UTF-8 text satisfies `test`, tested on the string's own storage:
    /// `utf8.contains(where:)` steps the view's iterator a byte at a time, which on whole pages
    /// shows in a build's profile.
    func containsUTF8Byte(where test: (UInt8) -> Bool) -> Bool {
        utf8.withContiguousStorageIfAvailable { $0.contains(where: test) } ?? utf8.contains(where: test)
    }

    func containsUTF8Byte(_ byte: UInt8) -> Bool {
        utf8.withContiguousStorageIfAvailable { bytes in
            bytes.baseAddress.map { memchr($0, Int32(byte), bytes.count) != nil } ?? false
        } ?? utf8.contains(byte)
    }
}
