import Foundation

/// WebP files as RIFF chunks, for what libvips 8.14's WebP saver adds even when told to strip
/// metadata: an EXIF chunk it makes up (resolution, size). Nothing of the source is in it, but a
/// published image carries no metadata at all.
enum WebPChunks {
    /// `data` without its EXIF and XMP chunks, its VP8X header saying so; `data` itself when it is
    /// not a RIFF WebP file or holds neither.
    static func strippingMetadata(_ data: Data) -> Data {
        let bytes = [UInt8](data)
        guard bytes.count >= 12, bytes[0..<4].elementsEqual("RIFF".utf8), bytes[8..<12].elementsEqual("WEBP".utf8) else { return data }
        var chunks: [ArraySlice<UInt8>] = []
        var offset = 12
        var removed = false
        while offset + 8 <= bytes.count {
            let size = Int(bytes[offset + 4]) | Int(bytes[offset + 5]) << 8 | Int(bytes[offset + 6]) << 16 | Int(bytes[offset + 7]) << 24
            // Chunks are padded to an even size.
            let end = offset + 8 + size + (size & 1)
            guard end <= bytes.count else { return data }
            let fourCC = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            if fourCC == "EXIF" || fourCC == "XMP " { removed = true } else { chunks.append(bytes[offset..<end]) }
            offset = end
        }
        guard removed, offset == bytes.count else { return data }
        var body = Array("WEBP".utf8)
        for var chunk in chunks {
            // VP8X's flags: 0x08 EXIF, 0x04 XMP.
            if chunk.starts(with: "VP8X".utf8), chunk.count > 8 { chunk[chunk.startIndex + 8] &= ~UInt8(0x0C) }
            body += chunk
        }
        let size = UInt32(body.count)
        return Data("RIFF".utf8) + Data([UInt8(size & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 24)]) + Data(body)
    }
}
