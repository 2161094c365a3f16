import Foundation

/// `Content-Disposition: attachment` with the file's Vietnamese name (RFC 6266, RFC 5987).
///
/// Browsers that know RFC 5987 take `filename*=UTF-8''…` (percent-encoded UTF-8) and save
/// «Tổng hợp nhà ở.xlsx» as such; the plain `filename=` beside it is an ASCII fallback
/// with the diacritics removed, for any that do not.
public enum ContentDisposition {
    public static func attachment(_ name: String) -> String {
        "attachment; filename=\"\(asciiFallback(name))\"; filename*=UTF-8''\(percentEncoded(name))"
    }

    /// RFC 5987 `attr-char`: letters, digits and `!#$&+-.^_`|~`; everything else as %XX of
    /// its UTF-8 bytes.
    static func percentEncoded(_ name: String) -> String {
        let allowed = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~".utf8)
        return name.precomposedStringWithCanonicalMapping.utf8.map { b in
            allowed.contains(b) ? String(UnicodeScalar(b)) : String(format: "%%%02X", b)
        }.joined()
    }

    /// The name without diacritics (đ → d), other non-ASCII, quotes and backslashes as `_`.
    static func asciiFallback(_ name: String) -> String {
        let plain = name.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .applyingTransform(.stripDiacritics, reverse: false) ?? name
        return String(plain.unicodeScalars.map { s in
            s.isASCII && s.value >= 0x20 && s != "\"" && s != "\\" && s.value != 0x7F ? Character(s) : "_"
        })
    }
}
