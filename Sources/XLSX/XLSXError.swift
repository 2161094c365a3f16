import CXlsxWriter

/// Why a workbook could not be written. Each case carries the offending value; the
/// descriptions are for people and may change, the cases do not.
public enum XLSXError: Error, Equatable, Sendable, CustomStringConvertible {
    /// libxlsxwriter refused a call: its error code and text, and what was being done.
    case library(code: Int, text: String, context: String)
    /// A sheet name Excel does not accept (empty, too long, forbidden characters).
    case invalidSheetName(String, reason: String)
    case duplicateSheetName(String)
    /// A cell beyond 1,048,576 rows or 16,384 columns.
    case outOfRange(sheet: String, row: Int, column: Int)
    /// Text longer than Excel's 32,767 characters per cell.
    case textTooLong(sheet: String, cell: String, length: Int)
    /// An inline validation list longer than Excel's 255 characters.
    case listTooLong(sheet: String, length: Int)
    /// A number Excel cannot hold (NaN or infinite): refused rather than written as 0.
    case notANumber(sheet: String, cell: String, value: Double)
    /// The workbook, or a sheet or chart of it, was used after `close()`.
    case closed
    /// A compression level this build cannot apply (see ``Compression/fastIsAvailable``).
    case compressionUnavailable(String)

    public var description: String {
        switch self {
        case .library(let code, let text, let context): return "\(context): \(text) (libxlsxwriter error \(code))"
        case .invalidSheetName(let name, let reason): return "Worksheet name '\(name)' \(reason)"
        case .duplicateSheetName(let name): return "Worksheet name '\(name)' is already used in the workbook"
        case .outOfRange(let sheet, let row, let column):
            return "Cell (row \(row), column \(column)) on '\(sheet)' is outside Excel's 1,048,576 rows × 16,384 columns"
        case .textTooLong(let sheet, let cell, let length):
            return "Text of \(length) characters in \(sheet)!\(cell) exceeds Excel's limit of 32,767 characters"
        case .listTooLong(let sheet, let length):
            return "A validation list of \(length) characters on '\(sheet)' exceeds Excel's limit of 255; use a range"
        case .notANumber(let sheet, let cell, let value):
            return "The value \(value) for \(sheet)!\(cell) is not a number Excel can hold"
        case .closed: return "The workbook is already closed"
        case .compressionUnavailable(let name):
            return "Compression '\(name)' is not available: libxlsxwriter does not reach minizip through the dynamic linker here"
        }
    }

    /// Turns a libxlsxwriter result into a thrown error with context.
    static func check(_ result: lxw_error, _ context: @autoclosure () -> String) throws(XLSXError) {
        guard result != LXW_NO_ERROR else { return }
        throw .library(code: Int(result.rawValue), text: String(cString: lxw_strerror(result)), context: context())
    }
}
