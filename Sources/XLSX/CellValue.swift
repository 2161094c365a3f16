import CXlsxWriter
import Foundation

/// A value for a cell.
public enum CellValue: Sendable, Equatable {
    /// Always text, even when it begins with `=`, `+`, `-` or `@`: data never becomes a formula.
    case text(String)
    case number(Double)
    /// An Excel date serial (1900 system), shown through the cell's number format.
    case date(serial: Int)
    case bool(Bool)
    case blank
    /// A formula with the value it evaluates to, stored so that viewers which do not
    /// recalculate still show it.
    case formula(String, cached: Cached)
    case url(String, text: String?)

    public enum Cached: Sendable, Equatable {
        case number(Double)
        case text(String)
    }
}
