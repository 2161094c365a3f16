import Common
import CSVReading
import Foundation
import XLSXReading

extension SheetCell {
    /// The cell as text: what header matching, totals labels, messages and return slips see.
    /// Text is cleaned as a CSV field is; a number is written without grouping and with a
    /// decimal point, so that reading it back is never ambiguous.
    var shown: String {
        switch self {
        case .empty, .formulaWithoutValue: return ""
        case .text(let s): return Record.cleaned(s)
        case .number(let n): return NumberText.plain(n)
        case .percent(let f): return NumberText.plain(f * 100) + "%"
        case .date(let d): return d.description
        case .bool(let b): return b ? "TRUE" : "FALSE"
        case .error(let e): return e
        }
    }
}

extension SourceRecord {
    /// A worksheet row as a record; a row of nothing but empty cells and formulas without a
    /// value is blank, as an empty CSV line is.
    init(_ row: SheetRow) {
        var cells = row.cells.map(\.shown)
        while cells.last?.isEmpty == true { cells.removeLast() }
        self.init(cells: cells, typed: row.cells, line: row.number, blank: cells.isEmpty)
    }
}
