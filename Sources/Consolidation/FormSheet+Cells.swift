import TaskModel
import XLSX

extension FormSheet {
    /// The formats of a form sheet's cells, prepared once: ``FormSheet/add(_:source:)`` runs
    /// for every accepted row of the month.
    final class Cells {
        let text: PreparedFormat
        let center: PreparedFormat
        let late: PreparedFormat
        private let workbook: Workbook
        /// A column's cells share one format (another for empty cells), taken from its first
        /// value and looked up once per column.
        private var columns: [Int: (empty: PreparedFormat?, filled: PreparedFormat?)] = [:]

        init(_ wb: Workbook) throws {
            workbook = wb
            text = try wb.prepare(Styles.text)
            center = try wb.prepare(Styles.center)
            late = try wb.prepare(Styles.late)
        }

        func write(_ ws: Worksheet, _ row: Int, _ column: Int, _ value: Value?, _ type: ColumnType?, model: Model) throws {
            let (v, f) = SheetKit.cellValue(value, column: type, model: model)
            var known = columns[column] ?? (nil, nil)
            let p: PreparedFormat
            if value == nil {
                if let e = known.empty { p = e } else { p = try workbook.prepare(f); known.empty = p; columns[column] = known }
            } else {
                if let e = known.filled { p = e } else { p = try workbook.prepare(f); known.filled = p; columns[column] = known }
            }
            try ws.write(row, column, v, p)
        }
    }
}
