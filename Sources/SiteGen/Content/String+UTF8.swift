import Foundation

extension String {
    /// Decodes UTF-8, refusing invalid bytes rather than replacing them.
    init?(validatingUTF8Data data: Data) {
        guard let text = String(data: data, encoding: .utf8) else { return nil }
        self = text
    }
}
