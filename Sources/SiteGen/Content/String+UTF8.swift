import Foundation

extension String {
    /// Decodes UTF-8, refusing invalid bytes rather than replacing them.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}

extension String {
    /// The same text in storage of its own size. A string built by appending keeps up to twice
    /// the room it needs, which adds up over every page held for a whole build.
    var compacted: String {
        var text = self
        return text.withUTF8 { bytes in
            String(unsafeUninitializedCapacity: bytes.count) { buffer in
                _ = buffer.initialize(fromContentsOf: bytes)
                return bytes.count
            }
        }
    }
}
