import Foundation

/// URL-safe names that keep every script: `A Melody for Mi` → `a-melody-for-mi`, `米粉 社区` → `米粉-社区`.
///
/// Text is NFKC-folded (so full-width `ＡＢ` is `ab`) and lowercased; letters, marks and digits of any
/// script are kept; every run of anything else (spaces, punctuation, `_`, emoji) becomes one `-`.
public enum Slug {
    public static func make(_ text: String) -> String {
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
