/// The encodings commune returns arrive in (SPEC §2).
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    /// "CSV UTF-8" from Excel: UTF-8 with a byte order mark.
    case utf8BOM = "utf-8-bom"
    /// Excel's "Unicode Text": UTF-16LE with a BOM, TAB-separated.
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// What Excel's "CSV (Comma delimited)" writes on Vietnamese Windows; tone marks are
    /// separate combining characters, recomposed to NFC when read.
    case windows1258 = "windows-1258"
    /// The legacy ".VnTime" font encoding (TCVN 5712, VN3 layout).
    case tcvn3 = "tcvn3"

    /// What a user may type for `--encoding`.
    public init?(name: String) {
        let key = name.lowercased().filter { $0.isLetter || $0.isNumber }
        switch key {
        case "utf8": self = .utf8
        case "utf8bom", "utf8sig": self = .utf8BOM
        case "utf16", "utf16le", "unicode": self = .utf16LE
        case "utf16be": self = .utf16BE
        case "cp1258", "windows1258", "win1258": self = .windows1258
        case "tcvn3", "tcvn", "tcvn57121", "tcvn5712", "vntime", "abc": self = .tcvn3
        default: return nil
        }
    }
}

/// How a file is read (SPEC §3 common options and §9 limits).
public struct ReadOptions: Sendable {
    /// Forced encoding; `nil` detects it.
    public var encoding: TextEncoding?
    /// Forced delimiter byte; `nil` sniffs among `,` `;` TAB.
    public var delimiter: UInt8?
    /// Files larger than this are refused with `io-error`.
    public var maxFileBytes: Int
    /// A cell longer than this (in UTF-8 bytes) is `csv-malformed`: no real return holds one,
    /// and bounding it bounds the reader's memory.
    public var maxCellBytes: Int

    public init(encoding: TextEncoding? = nil, delimiter: UInt8? = nil, maxFileBytes: Int = 512 << 20, maxCellBytes: Int = 1 << 20) {
        self.encoding = encoding
        self.delimiter = delimiter
        self.maxFileBytes = maxFileBytes
        self.maxCellBytes = maxCellBytes
    }
}

/// Why a file cannot be read, with where (SPEC §4 file codes).
public struct ReadError: Error, Sendable, Equatable {
    public enum Code: String, Sendable {
        case ioError = "io-error"
        case encodingInvalid = "encoding-invalid"
        case csvMalformed = "csv-malformed"
    }

    public let code: Code
    /// The physical line (1-based) where the problem starts; for an unterminated quote, where it opened.
    public let line: Int?
    /// For `encoding-invalid`: the offset of the first byte no candidate decodes.
    public let byteOffset: Int?
    /// A short technical detail in English.
    public let detail: String

    public init(_ code: Code, line: Int? = nil, byteOffset: Int? = nil, detail: String) {
        self.code = code
        self.line = line
        self.byteOffset = byteOffset
        self.detail = detail
    }
}
