/// Why a workbook cannot be read (SPEC §4.1 file codes), never a crash.
///
/// Match on ``code``; ``detail`` is short technical English for logs and may change.
public struct WorkbookReadError: Error, Sendable, Equatable {
    public enum Code: String, Sendable {
        case ioError = "io-error"
        /// Not a readable workbook: a corrupt zip, malformed or hostile XML, a part missing,
        /// a reference out of range, a cell or a position past Excel's limits.
        case invalid = "xlsx-invalid"
        /// A workbook saved with a password (an OLE compound file holding `EncryptedPackage`).
        case encrypted = "xlsx-encrypted"
        /// The file, or what it inflates to, is larger than the run allows.
        case tooLarge = "file-too-large"
    }

    /// What kind of file an `xlsx-invalid` actually is, when that is known, so the message
    /// can tell the clerk what to do.
    public enum Kind: String, Sendable {
        /// An Excel 97-2003 workbook (`.xls`): save it again as `.xlsx`.
        case legacyExcel
        /// A zip that holds no workbook (a `.docx`, an `.ods`, a folder zipped).
        case notWorkbook
    }

    public let code: Code
    public let detail: String
    /// The sheet where the problem is, when it is inside one.
    public let sheet: String?
    /// The cell reference (`D12`) or row number where the problem is, when known.
    public let cell: String?
    public let kind: Kind?

    public init(_ code: Code, _ detail: String, sheet: String? = nil, cell: String? = nil, kind: Kind? = nil) {
        self.code = code
        self.detail = detail
        self.sheet = sheet
        self.cell = cell
        self.kind = kind
    }
}
