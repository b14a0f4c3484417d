extension Unicode.Scalar {
    /// The scalar starting at `index` of valid UTF-8 (a Swift string's), moving `index` past it.
    /// Its first byte must not be ASCII: text read a byte at a time (search terms, word counts,
    /// normalisation) takes ASCII as it is and decodes only the rest.
    static func decoding(validUTF8 bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0x7F >> length)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        index += length
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
