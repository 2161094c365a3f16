import Common
import TaskModel
import XLSXReading

/// One data row on its way through the checks: its cells as written, the values typed so far
/// and what the checks found.
struct CheckedRow {
    let cells: [String]
    /// A workbook row's cells as typed, aligned with `cells`; `nil` for a CSV record.
    let typed: [SheetCell]?
    /// The physical line where the record starts (the sheet row in a workbook).
    let line: Int
    /// Values aligned with the form's ``Form/allKeys`` (columns, then computed columns).
    var values: [Value?]
    var issues: [Issue] = []
    /// Finding codes that hold for the row, for the workbooks.
    var findings: [IssueCode] = []
    /// A totals row: skipped, never typed.
    var isTotals = false

    init(cells: [String], typed: [SheetCell]? = nil, line: Int, valueCount: Int) {
        self.cells = cells
        self.typed = typed
        self.line = line
        values = [Value?](repeating: nil, count: valueCount)
    }

    /// A row with an error is rejected; later checks that need clean values pass it by.
    var hasErrors: Bool { issues.contains { $0.severity == .error } }

    /// The text of a file cell; a short row's missing cells are empty.
    func cell(_ index: Int) -> String {
        index < cells.count ? cells[index] : ""
    }

    /// The typed workbook cell that holds a form column; `nil` for a CSV record.
    func typedCell(ofColumn ci: Int, in layout: HeaderLayout) -> SheetCell? {
        guard let typed else { return nil }
        return layout.cellOfColumn[ci].map { $0 < typed.count ? typed[$0] : .empty } ?? .empty
    }

    /// The text of the file cell that holds a form column, or empty when the file lacks it.
    func text(ofColumn ci: Int, in layout: HeaderLayout) -> String {
        layout.cellOfColumn[ci].map(cell) ?? ""
    }
}
