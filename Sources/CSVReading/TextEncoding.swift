/// The text encodings a return can arrive in (SPEC §2).
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    case windows1258 = "windows-1258"
    case tcvn3 = "tcvn3"

    /// Accepts what a user types for `--encoding`: `utf8`, `UTF-8`, `cp1258`, `windows-1258`,
    /// `tcvn3`, `tcvn5712-1`, `utf-16le`, … — case, `-`, `_` and spaces do not matter.
    ///
    /// `utf-16` and `unicode` mean UTF-16LE: that is what Excel's "Unicode Text" writes.
    public init?(name: String) {
        let key = String(name.lowercased().unicodeScalars.filter { $0 != "-" && $0 != "_" && $0 != " " })
        switch key {
        case "utf8": self = .utf8
        case "utf8bom", "utf8sig": self = .utf8BOM
        case "utf16le", "utf16", "unicode": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "windows1258", "cp1258", "win1258", "1258": self = .windows1258
        case "tcvn3", "tcvn", "tcvn5712", "tcvn57121", "vn3", "vntime": self = .tcvn3
        default: return nil
        }
    }
}
