import Foundation

/// Small images for the image tests, made with libvips, as base64.
enum TestImages {
    /// 64 × 32 pixels, a grey ramp from left to right, stored with EXIF orientation 6 (shown
    /// turned a quarter clockwise: 32 × 64) and a GPS position (30° 15' N), as a phone writes them.
    static let jpegWithGPS = Data(base64Encoded: """
            /9j/4QBkRXhpZgAASUkqAAgAAAACABIBAwABAAAABgAAACWIBAABAAAAJgAAAAAAAAACAAEAAgACAAAATgAAAAIABQADAAAARAAA
            AAAAAAAeAAAAAQAAAA8AAAABAAAAAAAAAAEAAAD/2wBDAA0JCgsKCA0LCgsODg0PEyAVExISEyccHhcgLikxMC4pLSwzOko+MzZG
            NywtQFdBRkxOUlNSMj5aYVpQYEpRUk//2wBDAQ4ODhMREyYVFSZPNS01T09PT09PT09PT09PT09PT09PT09PT09PT09PT09PT09P
            T09PT09PT09PT09PT09PT0//wAARCAAgAEADASIAAhEBAxEB/8QAHwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAA
            AgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkKFhcYGRolJicoKSo0NTY3ODk6Q0RF
            RkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXGx8jJytLT
            1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcF
            BAQAAQJ3AAECAxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RV
            VldYWVpjZGVmZ2hpanN0dXZ3eHl6goOEhYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna
            4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwDzm37VqW/asu37VqW/agDTt+1alv2rLt+1alv2oA1LftWnb9qzLftWnb9q
            ANS37VqW/asu37VqW/agD51t+1alv2rLt+1alv2oA07ftWpb9qy7ftWpb9qANS37Vp2/asy37Vp2/agDUt+1alv2rLt+1alv2oA/
            /9k=
            """, options: .ignoreUnknownCharacters)!

    /// 64 × 32 pixels, the same ramp, without metadata.
    static let png = Data(base64Encoded: """
            iVBORw0KGgoAAAANSUhEUgAAAEAAAAAgCAIAAAAt/+nTAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAA/0lEQVRYw+3PkaKDABQA0GAQ
            BEEQBEEQBEEwCIJBEARBEARBEAyCQTAIgsEgCIIgCIIgCIIgCIIgCIIgGARBEATvG57f8wcHQRDkdruhKIphGI7jBEGQJElRFE3T
            DMOwLMtxHM/zgiDc73dRFCVJejwesiwriqKqqqZpuq4bhmGapmVZtm07jvN8Pl3Xfb1enue932/f94Mg+Hw+3+83DMMoiuI4TpIk
            TdMsy/I8L4qiLMuqquq6bpqmbduu6/q+H4ZhHMdpmuZ5XpZlXdff77dt277vx3Gc53ldFwIBCEAAAhCAAAQgAAEIQAACEIAABCAA
            AQhAAAIQgAAE/hv4A3Nr0KbC9hOoAAAAAElFTkSuQmCC
            """, options: .ignoreUnknownCharacters)!

    /// The first marker segment that gives a JPEG's size (SOF0…SOF15 but DHT, JPG, DAC): its
    /// width and height as stored.
    static func jpegSize(_ data: Data) -> (width: Int, height: Int)? {
        let bytes = [UInt8](data)
        var index = 2
        while index + 9 < bytes.count, bytes[index] == 0xFF {
            let marker = bytes[index + 1]
            let length = Int(bytes[index + 2]) << 8 | Int(bytes[index + 3])
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker) {
                return (Int(bytes[index + 7]) << 8 | Int(bytes[index + 8]), Int(bytes[index + 5]) << 8 | Int(bytes[index + 6]))
            }
            index += 2 + length
        }
        return nil
    }
}
