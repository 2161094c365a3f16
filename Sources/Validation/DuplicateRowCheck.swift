import Common
import TaskModel

/// Rows whose key (SPEC §1.4 "Key") repeats an earlier row's: `duplicate-row`, naming the
/// first line. The one check that remembers every row; its memory is capped (``DuplicateIndex``).
struct DuplicateRowCheck: RowCheck {
    let codes: [IssueCode] = [.duplicateRow]
    let keyColumns: [Int]
    private var index = DuplicateIndex()

    init(form: CompiledForm) {
        keyColumns = form.keyColumns
    }

    mutating func check(_ row: inout CheckedRow) {
        guard !row.hasErrors, !keyColumns.isEmpty else { return }
        var key = RowKeyHash()
        for column in keyColumns { key.add(row.values[column]) }
        if let first = index.firstLine(of: key.value, line: row.line) {
            row.issues.append(Issue(.duplicateRow, line: row.line, detail: .firstLine(first)))
        }
    }
}
