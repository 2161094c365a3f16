import Common
import TaskModel

/// Rows whose key (SPEC §1.4 "Key") repeats an earlier row's: `duplicate-row`, naming the
/// first line. The one check whose memory grows with the file (``DuplicateIndex``); when the
/// key holds the unit, only with the largest unit (``UnitPartitionedIndex``).
struct DuplicateRowCheck: RowCheck {
    let codes: [IssueCode] = [.duplicateRow]
    let keyColumns: [Int]
    /// The unit column, when it is part of the key.
    private let unitColumn: Int?
    private var index = DuplicateIndex()
    private let byUnit = Box()

    /// The partitioned index is not copyable; the check is, so it holds it by reference.
    private final class Box { var index = UnitPartitionedIndex() }

    init(form: CompiledForm) {
        keyColumns = form.keyColumns
        unitColumn = keyColumns.contains(form.unitColumn) ? form.unitColumn : nil
    }

    mutating func check(_ row: inout CheckedRow) {
        guard !row.hasErrors, !keyColumns.isEmpty else { return }
        let key = keyColumns.map { row.values[$0].map(ValueText.key) ?? "" }
        let first: Int?
        if let u = unitColumn, case .unit(let unit)? = row.values[u] {
            first = byUnit.index.firstLine(of: key, unit: unit, line: row.line)
        } else {
            first = index.firstLine(of: key, line: row.line)
        }
        if let first {
            row.issues.append(Issue(.duplicateRow, line: row.line, detail: .firstLine(first)))
        }
    }
}
