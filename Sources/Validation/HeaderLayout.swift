import Common

/// Where each column of a form sits in a file's header, and what is wrong with the header.
struct HeaderLayout {
    static let codes: [IssueCode] = [.columnUnknown, .columnDuplicate, .columnMissing]
    /// Cell index of each form column, `nil` when the file lacks it.
    let cellOfColumn: [Int?]
    /// Cells up to the last named header cell; non-empty cells beyond it are `cell-extra`.
    let width: Int
    let issues: [Issue]

    init(cells: [String], form: CompiledForm, line: Int, ignored: Set<String>) {
        var cellOf = [Int?](repeating: nil, count: form.form.columns.count)
        var issues: [Issue] = []
        var width = 0
        for (i, cell) in cells.enumerated() where !cell.isEmpty {
            width = i + 1
            guard let col = form.headerKeys[MatchKey.loose(cell)] else {
                if ignored.contains(MatchKey.loose(cell)) { continue }
                issues.append(Issue(.columnUnknown, line: line, value: cell))
                continue
            }
            if cellOf[col] != nil {
                issues.append(Issue(.columnDuplicate, line: line, column: form.form.columns[col].key, value: cell))
            } else {
                cellOf[col] = i
            }
        }
        for (ci, col) in form.form.columns.enumerated() where cellOf[ci] == nil && col.requirement == .required {
            issues.append(Issue(.columnMissing, line: line, column: col.key))
        }
        cellOfColumn = cellOf
        self.width = width
        self.issues = issues
    }
}
