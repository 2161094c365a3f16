/// A1-style references for formulas, charts and validations.
public enum CellReference {
    /// `0` → `A`, `27` → `AB`.
    public static func column(_ index: Int) -> String {
        var n = index + 1
        var out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// `(0, 0)` → `A1`; absolute gives `$A$1`.
    public static func cell(row: Int, column c: Int, absolute: Bool = false) -> String {
        absolute ? "$\(column(c))$\(row + 1)" : "\(column(c))\(row + 1)"
    }

    /// A range on a sheet for charts and list validations: `='Tổng hợp'!$B$8:$B$24`.
    public static func range(sheet: String, firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int) -> String {
        "=\(quoted(sheet))!\(cell(row: firstRow, column: firstColumn, absolute: true)):\(cell(row: lastRow, column: lastColumn, absolute: true))"
    }

    /// A sheet name as formulas need it: quoted, inner quotes doubled.
    public static func quoted(_ sheet: String) -> String { "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'" }
}
