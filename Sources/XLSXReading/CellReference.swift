/// A1-style cell references: the column letters and row number Excel shows.
public enum CellReference {
    /// Excel's last column (XFD) and last row.
    public static let maxColumns = 16_384
    public static let maxRows = 1_048_576

    /// The letters of a 0-based column index (`0` → `A`, `27` → `AB`).
    public static func columnName(_ index: Int) -> String {
        var n = index + 1
        var letters: [UInt8] = []
        while n > 0 {
            let r = (n - 1) % 26
            letters.append(UInt8(65 + r))
            n = (n - 1) / 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `D12` for column index 3 and row 12.
    public static func name(column: Int, row: Int) -> String { columnName(column) + String(row) }

    /// The 0-based column and 1-based row of a reference such as `D12` given as bytes; the row
    /// is `nil` when the reference names a column only. `nil` when the text is not a reference.
    /// Values past Excel's limits are returned as they are, for the caller to refuse by name.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (column: Int, row: Int?)? {
        var i = 0
        var column = 0
        while i < bytes.count, i < 4 {
            let b = bytes[i] & 0xDF  // upper case
            guard b >= 65 && b <= 90 else { break }
            column = column * 26 + Int(b - 64)
            i += 1
        }
        guard i > 0, column > 0 else { return nil }
        if i == bytes.count { return (column - 1, nil) }
        var row = 0
        while i < bytes.count {
            let b = bytes[i]
            guard b >= 48 && b <= 57, row < 100_000_000 else { return nil }
            row = row * 10 + Int(b - 48)
            i += 1
        }
        return (column - 1, row)
    }
}
