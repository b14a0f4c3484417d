import Foundation

/// URL-safe names that keep every script: `A Melody for Mi` → `a-melody-for-mi`, `米粉 社区` → `米粉-社区`.
///
/// Text is NFKC-folded (so full-width `ＡＢ` is `ab`) and lowercased; letters, marks and digits of any
/// script are kept; every run of anything else (spaces, punctuation, `_`, emoji) becomes one `-`.
public enum Slug {
    public static func make(_ text: String) -> String {
        if let slug = asciiSlug(text) { return slug }
        let folded = text.compatibilityNormalized.lowercased()
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in folded.unicodeScalars {
            if isKept(scalar) {
                if pendingDash, !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return String(slug)
    }

    /// `make` of ASCII text, on its bytes: NFKC leaves ASCII as it is. Nil for any other text.
    private static func asciiSlug(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            var slug: [UInt8] = []
            slug.reserveCapacity(bytes.count)
            var pendingDash = false
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                let lower = byte | 0x20
                if byte &- UInt8(ascii: "0") < 10 || lower &- UInt8(ascii: "a") < 26 {
                    if pendingDash, !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                    pendingDash = false
                    slug.append(byte &- UInt8(ascii: "0") < 10 ? byte : lower)
                } else {
                    pendingDash = true
                }
            }
            return String(decoding: slug, as: UTF8.self)
        }
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII letters and digits, without a trip through the Unicode tables.
        if scalar.isASCII {
            return (0x30...0x39).contains(scalar.value) || (0x61...0x7A).contains(scalar.value | 0x20)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }
}
