import Common

/// Why a file cannot be read, with the position the report shows (SPEC §4 file codes).
///
/// Match on ``code``; ``detail`` is short technical English for logs and may change.
public struct ReadError: Error, Sendable, Equatable {
    /// `io-error`, `encoding-invalid` or `csv-malformed`.
    public let code: IssueCode
    /// The physical line (1-based) where the problem starts; for an unterminated quote, the
    /// line where the quote opened.
    public let line: Int?
    /// For `encoding-invalid`: the offset in the file of the first byte that does not decode.
    public let byteOffset: Int?
    public let detail: String

    /// A quote opened and never closed: the reader took the rest of the file as one broken
    /// record, which the report counts as one rejected row.
    public var isUnterminatedQuote: Bool { code == .csvMalformed && detail == CSVReader.unterminatedQuote }

    public init(code: IssueCode, line: Int? = nil, byteOffset: Int? = nil, detail: String) {
        self.code = code
        self.line = line
        self.byteOffset = byteOffset
        self.detail = detail
    }
}
