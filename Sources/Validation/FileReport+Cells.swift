import XLSXReading

extension FileReport {
    /// The cell an issue points at in a workbook (`D12`), from its line and its column's
    /// place in the header; `nil` for a CSV file or an issue about a whole row or file.
    public func cell(of issue: Issue) -> String? {
        guard sheet != nil, let line = issue.line else { return nil }
        var column: Int?
        if let key = issue.column {
            column = cellOfColumn[key]
        } else if case .cellPosition(let n) = issue.detail {
            column = n - 1
        }
        return column.map { CellReference.name(column: $0, row: line) }
    }

    /// The cell with its sheet, as Excel writes a reference to another sheet (`NO01!D12`,
    /// `'Trang 1'!D12`).
    public func sheetCell(of issue: Issue) -> String? {
        guard let sheet, let cell = cell(of: issue) else { return nil }
        let plain = sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        return (plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'") + "!" + cell
    }
}
