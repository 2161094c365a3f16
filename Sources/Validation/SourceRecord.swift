import XLSXReading

/// One record of a return, whatever it was stored in: the cells' text (cleaned as SPEC §2
/// says) and, for a workbook, the cells as typed, aligned with the text.
struct SourceRecord {
    let cells: [String]
    /// A worksheet's cells with their types; `nil` for a CSV record, whose cells are all text.
    let typed: [SheetCell]?
    /// The physical line (CSV) or the sheet row (workbook), 1-based.
    let line: Int
    let blank: Bool
}
