import CSheetCells

/// Number, text and blank cells and row tags written without `printf`
/// (`Sources/CSheetCells/sheet_cells.c`): the same bytes as libxlsxwriter's own writers,
/// which format every cell with `fprintf` and a number with `%.16G`, a third of the time
/// spent writing a large form sheet. With them, a constant-memory sheet's rows go to the zip
/// without being copied once more when the workbook closes.
public enum SheetCells {
    /// Whether the cells are written that way here (libxlsxwriter 1.1.4, its writers found).
    public static var available: Bool { tonghop_sheet_cells_available() != 0 }

    /// Runs `body` with libxlsxwriter's own writers on this thread, to compare the bytes.
    static func withLibraryWriters<T>(_ body: () throws -> T) rethrows -> T {
        tonghop_sheet_cells_set(0)
        defer { tonghop_sheet_cells_set(1) }
        return try body()
    }

    /// How many bytes of constant-memory rows this thread has handed to the zip without
    /// copying them into the sheet's file first.
    static var rowBytesHandedOver: Int { Int(tonghop_sheet_rows_handed_over()) }

    /// How many cells this thread has written without `printf`: proof that the binding took.
    /// (Row tags are not counted.)
    static var written: Int { tonghop_sheet_cells_written() }
}
