import Common

/// One cell of a worksheet as the workbook stores it: its type is kept, so a number is never
/// read back from text and a date never guessed from a string.
public enum SheetCell: Hashable, Sendable {
    case empty
    /// A shared, inline or formula string (rich text runs joined), as written.
    case text(String)
    case number(Double)
    /// A number shown with a percent format: `0.95` is shown, and meant, as 95 %.
    case percent(Double)
    /// A serial number shown with a date format, in the workbook's date system.
    case date(Day)
    case bool(Bool)
    /// An error value such as `#DIV/0!` or `#N/A`.
    case error(String)
    /// A formula whose result was never computed and saved (a workbook written by a program
    /// and not opened in a spreadsheet since): the cell has no value to read.
    case formulaWithoutValue

    public var isEmpty: Bool { self == .empty }
}
