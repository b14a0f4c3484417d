/// Text for the XML that sitegen writes (feeds, the sitemap). XML 1.0 forbids some characters
/// that HTML tolerates: the C0 controls but tab, line feed and carriage return, and U+FFFE and
/// U+FFFF. One of them anywhere makes the whole file not well-formed, and feed readers then
/// drop the feed, so they are left out.
enum XMLText {
    /// Escaped as the templates escape text, without the characters XML forbids.
    static func escape(_ text: String) -> String {
        let escaped = HTML.escape(text)
        guard hasForbiddenCharacters(escaped) else { return escaped }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.filter(isAllowed)))
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case ..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// Told from UTF-8 bytes, on the string's own storage: feeds hold pages' whole content.
    /// A control character is one byte; U+FFFE and U+FFFF are EF BF BE and EF BF BF.
    static func hasForbiddenCharacters(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable(hasForbiddenCharacters)
            ?? text.unicodeScalars.contains { !isAllowed($0) }
    }

    private static func hasForbiddenCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] & 0xFE == 0xBE { return true }
            index += 1
        }
        return false
    }
}
