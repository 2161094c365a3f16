import Common

/// Non-empty cells beyond the last named header cell: `cell-extra`, so a value typed one
/// column too far is never dropped without a word. Trailing empty cells (`;;;;`) are fine.
struct ExtraCellCheck: RowCheck {
    let codes: [IssueCode] = [.cellExtra]
    let width: Int

    func check(_ row: inout CheckedRow) {
        for i in width..<max(width, row.cells.count) where !row.cells[i].isEmpty {
            row.issues.append(Issue(.cellExtra, line: row.line, value: row.cells[i], detail: .cellPosition(i + 1)))
        }
    }
}
