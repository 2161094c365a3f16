import Foundation

/// Keys for comparing names the way a clerk reads them.
///
/// Headers, enumeration values, unit names and form codes all arrive typed by hand, in any
/// case, with or without diacritics, NFC or NFD, with the old (`Hoà`, `Uỷ`) or new (`Hòa`,
/// `Ủy`) tone placement. Every comparison of such names in TongHop goes through these two
/// functions so that they all agree.
public enum MatchKey {
    /// The loose key: lower case, diacritics removed (`đ` → `d`), letters and digits only.
    ///
    /// `"Xã, thị trấn"`, `"XA THI TRAN"` and `"xa_thi_tran"` all give `"xathitran"`.
    public static func loose(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        for scalar in String(text).decomposedStringWithCompatibilityMapping.unicodeScalars {
            if let folded = fold(scalar) { out.append(folded) }
        }
        return String(out)
    }

    /// The exact key: like ``loose(_:)`` but keeping the letter shapes (`ă â ê ô ơ ư đ`) and each
    /// syllable's tone, wherever on the syllable it was written.
    ///
    /// `"Hoà"` and `"Hòa"` give the same key; `"Hữu"` and `"Hưu"` do not. Used to tell a name
    /// spelled with other diacritics (an alias) from one merely written without them.
    public static func exact(_ text: some StringProtocol) -> String {
        var out = ""
        for word in String(text).decomposedStringWithCompatibilityMapping.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
            var letters = String.UnicodeScalarView()
            var tone: Character = "0"
            for scalar in word.unicodeScalars {
                if let mark = toneMarks[scalar.value] { tone = mark; continue }
                if CharacterSet.alphanumerics.contains(scalar) || shapeMarks.contains(scalar.value) {
                    for lower in String(scalar).lowercased().unicodeScalars { letters.append(lower) }
                }
            }
            out += String(String(letters).precomposedStringWithCanonicalMapping)
            out.append(tone)
        }
        return out
    }

    /// Whether the text carries any Vietnamese diacritic (tone or letter shape, or `đ`).
    public static func hasDiacritics(_ text: some StringProtocol) -> Bool {
        String(text).decomposedStringWithCompatibilityMapping.unicodeScalars.contains {
            toneMarks[$0.value] != nil || shapeMarks.contains($0.value) || $0 == "đ" || $0 == "Đ"
        }
    }

    /// Tone marks (combining grave, acute, tilde, hook above, dot below) and the digit each becomes.
    private static let toneMarks: [UInt32: Character] = [0x300: "2", 0x301: "1", 0x303: "4", 0x309: "3", 0x323: "5"]
    /// Marks that change the letter itself: circumflex, breve, horn.
    private static let shapeMarks: Set<UInt32> = [0x302, 0x306, 0x31B]

    private static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32)
        case 0x61...0x7A, 0x30...0x39: return scalar
        case 0x110, 0x111: return "d"
        default:
            if scalar.value < 0x80 || scalar.properties.generalCategory == .nonspacingMark { return nil }
            guard CharacterSet.alphanumerics.contains(scalar) else { return nil }
            let lower = String(scalar).lowercased().unicodeScalars
            return lower.count == 1 ? lower.first : scalar
        }
    }
}
