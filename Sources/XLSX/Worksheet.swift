import CXlsxWriter
import Foundation

/// A worksheet of a ``Workbook``; every call checks its limits and libxlsxwriter's result.
///
/// libxlsxwriter frees its worksheets with the workbook, so once the workbook is closed every
/// call throws ``XLSXError/closed`` instead of touching freed memory.
public final class Worksheet {
    private let pointer: UnsafeMutablePointer<lxw_worksheet>
    public let name: String
    unowned let workbook: Workbook

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: Workbook) {
        pointer = handle
        self.name = name
        self.workbook = workbook
    }

    /// The C worksheet, while its workbook is open.
    var handle: UnsafeMutablePointer<lxw_worksheet> {
        get throws(XLSXError) {
            guard workbook.isOpen else { throw .closed }
            return pointer
        }
    }

    func place(_ row: Int, _ column: Int) throws(XLSXError) -> (lxw_row_t, lxw_col_t) {
        guard (0..<ExcelLimits.rows).contains(row), (0..<ExcelLimits.columns).contains(column) else {
            throw .outOfRange(sheet: name, row: row, column: column)
        }
        return (lxw_row_t(row), lxw_col_t(column))
    }

    func text(_ s: String, _ row: Int, _ column: Int) throws(XLSXError) -> String {
        // A string has no more UTF-16 units than UTF-8 bytes, and its UTF-8 length is known
        // without a scan: the UTF-16 count, a walk over the text, is taken only for long cells.
        guard s.utf8.count > ExcelLimits.cellCharacters else { return s }
        let n = s.utf16.count
        if n > ExcelLimits.cellCharacters {
            throw .textTooLong(sheet: name, cell: CellReference.cell(row: row, column: column), length: n)
        }
        return s
    }

    /// A number as written: NaN and infinities have no Excel form, and writing them as 0 would
    /// show a wrong figure, so they are refused.
    func finite(_ d: Double, _ row: Int, _ column: Int) throws(XLSXError) -> Double {
        guard d.isFinite else { throw .notANumber(sheet: name, cell: CellReference.cell(row: row, column: column), value: d) }
        return d
    }

    public func write(_ row: Int, _ column: Int, _ value: CellValue, _ format: Format? = nil) throws(XLSXError) {
        try write(row, column, value, format: try workbook.format(format))
    }

    /// Writes with a format prepared by this sheet's workbook.
    public func write(_ row: Int, _ column: Int, _ value: CellValue, _ format: PreparedFormat) throws(XLSXError) {
        precondition(format.workbook == ObjectIdentifier(workbook), "a format prepared by another workbook")
        try write(row, column, value, format: format.pointer)
    }

    private func write(_ row: Int, _ column: Int, _ value: CellValue, format f: UnsafeMutablePointer<lxw_format>?) throws(XLSXError) {
        let (r, c) = try place(row, column)
        // Built only when an error needs it: this runs for every cell.
        func at() -> String { "\(name)!\(CellReference.cell(row: row, column: column))" }
        switch value {
        case .text(let s):
            try XLSXError.check(worksheet_write_string(try handle, r, c, try text(s, row, column), f), at())
        case .number(let d):
            try XLSXError.check(worksheet_write_number(try handle, r, c, try finite(d, row, column), f), at())
        case .date(let serial):
            try XLSXError.check(worksheet_write_number(try handle, r, c, Double(serial), f), at())
        case .bool(let b):
            try XLSXError.check(worksheet_write_boolean(try handle, r, c, b ? 1 : 0, f), at())
        case .blank:
            try XLSXError.check(worksheet_write_blank(try handle, r, c, f), at())
        case .formula(let formula, .number(let d)):
            try XLSXError.check(worksheet_write_formula_num(try handle, r, c, formula, f, try finite(d, row, column)), at())
        case .formula(let formula, .text(let s)):
            try XLSXError.check(worksheet_write_formula_str(try handle, r, c, formula, f, try text(s, row, column)), at())
        case .url(let url, let label):
            try XLSXError.check(worksheet_write_url(try handle, r, c, url, f), at())
            if let label { try XLSXError.check(worksheet_write_string(try handle, r, c, try text(label, row, column), f), at()) }
        }
    }

    /// Column widths in characters, optionally with a default format and hidden.
    public func setColumns(_ first: Int, _ last: Int, width: Double, format: Format? = nil, hidden: Bool = false) throws(XLSXError) {
        let (_, c1) = try place(0, first), (_, c2) = try place(0, last)
        var opts = lxw_row_col_options()
        opts.hidden = hidden ? 1 : 0
        try XLSXError.check(worksheet_set_column_opt(try handle, c1, c2, width, try workbook.format(format), &opts), "\(name) columns")
    }

    public func setRow(_ row: Int, height: Double, format: Format? = nil, hidden: Bool = false) throws(XLSXError) {
        let (r, _) = try place(row, 0)
        var opts = lxw_row_col_options()
        opts.hidden = hidden ? 1 : 0
        try XLSXError.check(worksheet_set_row_opt(try handle, r, height, try workbook.format(format), &opts), "\(name) row \(row + 1)")
    }

    /// Merges a range and writes text into it (not available in constant-memory mode).
    public func merge(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int, _ value: String, _ format: Format? = nil) throws(XLSXError) {
        let (r1, c1) = try place(firstRow, firstColumn), (r2, c2) = try place(lastRow, lastColumn)
        try XLSXError.check(worksheet_merge_range(try handle, r1, c1, r2, c2, try text(value, firstRow, firstColumn), try workbook.format(format)),
                            "\(name) merge \(CellReference.cell(row: firstRow, column: firstColumn))")
    }

    /// Freezes the rows above `row` and the columns left of `column`.
    public func freezePanes(row: Int, column: Int) throws(XLSXError) {
        let (r, c) = try place(row, column)
        worksheet_freeze_panes(try handle, r, c)
    }

    public func autofilter(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) throws(XLSXError) {
        let (r1, c1) = try place(firstRow, firstColumn), (r2, c2) = try place(lastRow, lastColumn)
        try XLSXError.check(worksheet_autofilter(try handle, r1, c1, r2, c2), "\(name) autofilter")
    }

    public func setTabColor(_ rgb: UInt32) throws(XLSXError) { worksheet_set_tab_color(try handle, lxw_color_t(rgb)) }

    public func hideGridlines() throws(XLSXError) { worksheet_gridlines(try handle, UInt8(LXW_HIDE_ALL_GRIDLINES.rawValue)) }

    /// Makes this the sheet shown when the file opens.
    public func activate() throws(XLSXError) { worksheet_activate(try handle) }

    /// Hides the sheet (lists that validations refer to).
    public func hide() throws(XLSXError) { worksheet_hide(try handle) }

    public func insertChart(_ chart: Chart, row: Int, column: Int, xScale: Double = 1, yScale: Double = 1) throws(XLSXError) {
        let (r, c) = try place(row, column)
        var opts = lxw_chart_options()
        opts.x_scale = xScale
        opts.y_scale = yScale
        try XLSXError.check(worksheet_insert_chart_opt(try handle, r, c, try chart.handle, &opts), "\(name) chart")
    }
}
