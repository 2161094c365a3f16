import CXlsxWriter

/// How a sheet prints: the workbooks are read on paper in meetings.
public struct PageSetup: Sendable {
    public enum Paper: UInt8, Sendable { case a4 = 9, a3 = 8 }

    public var paper: Paper = .a4
    public var landscape = true
    /// Pages wide and tall to fit into; 0 leaves that direction free.
    public var fitWidth: Int = 1
    public var fitHeight: Int = 0
    /// Rows (0-based, inclusive) printed at the top of every page.
    public var repeatRows: ClosedRange<Int>?
    /// Excel header/footer codes, e.g. `&CTrang &P/&N`.
    public var header: String?
    public var footer: String?
    /// Inches: left, right, top, bottom.
    public var margins: (left: Double, right: Double, top: Double, bottom: Double) = (0.5, 0.4, 0.6, 0.6)
    public var centerHorizontally = true

    public init() {}
}

extension Worksheet {
    public func setup(_ p: PageSetup) throws(XLSXError) {
        worksheet_set_paper(try handle, p.paper.rawValue)
        if p.landscape { worksheet_set_landscape(try handle) } else { worksheet_set_portrait(try handle) }
        worksheet_fit_to_pages(try handle, UInt16(clamping: p.fitWidth), UInt16(clamping: p.fitHeight))
        if let rows = p.repeatRows {
            let (a, _) = try place(rows.lowerBound, 0), (b, _) = try place(rows.upperBound, 0)
            try XLSXError.check(worksheet_repeat_rows(try handle, a, b), "\(name) repeat rows")
        }
        if let h = p.header { try XLSXError.check(worksheet_set_header(try handle, h), "\(name) header") }
        if let f = p.footer { try XLSXError.check(worksheet_set_footer(try handle, f), "\(name) footer") }
        worksheet_set_margins(try handle, p.margins.left, p.margins.right, p.margins.top, p.margins.bottom)
        if p.centerHorizontally { worksheet_center_horizontally(try handle) }
    }
}

extension Worksheet {
    /// Starts a new printed page above each of these rows (0-based).
    public func pageBreaks(before rows: [Int]) throws(XLSXError) {
        var breaks: [lxw_row_t] = []
        for row in rows { breaks.append(try place(row, 0).0) }
        breaks.append(0)
        let sheet = try handle
        let result = breaks.withUnsafeMutableBufferPointer { worksheet_set_h_pagebreaks(sheet, $0.baseAddress) }
        try XLSXError.check(result, "\(name) page breaks")
    }
}
