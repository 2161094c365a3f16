import Common
import TaskModel
import XLSX

/// Pieces every printed sheet shares: the letterhead, titles, print setup.
enum SheetKit {
    /// Writes `text` centred across columns `first...last` of `row` (the cells after the first
    /// are blank with the same format, which is how Excel centres across a selection).
    static func centered(_ ws: Worksheet, _ row: Int, _ first: Int, _ last: Int, _ text: String, _ format: Format) throws {
        try ws.write(row, first, .text(text), format)
        if last > first { for c in (first + 1)...last { try ws.write(row, c, .blank, format) } }
    }

    /// The letterhead of SPEC §5 over columns `0...width-1`; returns the next free row.
    ///
    /// Left: the superior body, the issuing committee, a star. Right: the Party's name and the
    /// dateline, dated in the period's month with the day left for the signer.
    static func letterhead(_ ws: Worksheet, model: Model, period: Period, width: Int) throws -> Int {
        let leftEnd = max(2, width / 3 - 1)
        let rightStart = max(leftEnd + 1, width - max(4, width / 3))
        let org = model.organisation
        try centered(ws, 0, 0, leftEnd, org.superior, Styles.title(size: 12, bold: false))
        try centered(ws, 0, rightStart, width - 1, org.motto, Styles.title(size: 12))
        try centered(ws, 1, 0, leftEnd, org.issuer, Styles.title(size: 12))
        try centered(ws, 1, rightStart, width - 1, "\(org.place), ngày … tháng \(period.month) năm \(period.year)",
                     Styles.title(size: 12, bold: false, italic: true))
        try centered(ws, 2, 0, leftEnd, "*", Styles.title(size: 12, bold: false))
        return 4
    }

    /// A4 landscape, one page wide, header rows repeated, "Trang N/M" at the foot.
    static func print(_ ws: Worksheet, repeatRows: ClosedRange<Int>?, landscape: Bool = true) throws {
        var p = PageSetup()
        p.landscape = landscape
        p.repeatRows = repeatRows
        p.footer = "&C&\"Times New Roman\"&11Trang &P/&N"
        try ws.setup(p)
    }

    /// Sheets that list the units start with the same three columns: STT, Mã, the unit's name.
    static let unitColumns = 3

    /// Widths of the unit columns, and of the `count` columns that follow them.
    static func unitColumnWidths(_ ws: Worksheet, following count: Int, width: Double) throws {
        try ws.setColumns(0, 0, width: 5)
        try ws.setColumns(1, 1, width: 7)
        try ws.setColumns(2, 2, width: 22)
        if count > 0 { try ws.setColumns(unitColumns, unitColumns + count - 1, width: width) }
    }

    /// STT, Mã and the name of the kind of unit listed ("Xã, thị trấn", "Cơ quan").
    static func unitHeader(_ ws: Worksheet, row: Int, kind: UnitKind) throws {
        for (c, title) in ["STT", "Mã", kind.name].enumerated() { try ws.write(row, c, .text(title), Styles.header) }
    }

    /// The unit's number in GSO order, code and name.
    static func unitCells(_ ws: Worksheet, row: Int, number: Int, unit: Unit) throws {
        try ws.write(row, 0, .number(Double(number)), Styles.center)
        try ws.write(row, 1, .text(unit.code), Styles.center)
        try ws.write(row, 2, .text(unit.name), Styles.text)
    }

    /// A row tall enough for `text` wrapped in a column `width` characters wide.
    static func height(for text: String, width: Double) -> Double {
        let lines = max(1, Int((Double(text.count) / max(1, width * 1.1)).rounded(.up)))
        return Double(max(18, 16 * lines))
    }

    /// `Tháng 5 năm 2024 (số liệu từ ngày 15/04/2024 đến ngày 14/05/2024)`.
    static func periodLine(_ period: Period) -> String {
        "Tháng \(period.month) năm \(period.year) (số liệu từ ngày \(period.start) đến ngày \(period.end))"
    }

    static func cellValue(_ value: Value?, column type: ColumnType?, model: Model) -> (CellValue, Format) {
        guard let value else { return (.blank, Styles.text) }
        switch value {
        case .text(let s), .choice(let s): return (.text(s), Styles.text)
        case .unit(let code): return (.text(model.units.first { $0.code == code }?.name ?? code), Styles.text)
        case .integer(let i):
            if type == .year { return (.number(Double(i)), Styles.center) }
            return (.number(Double(i)), type == .money ? Styles.money : Styles.integer)
        case .number(let d): return (.number(d), Styles.decimal)
        case .date(let d): return (.date(serial: d.excelSerial), Styles.date)
        case .bool(let b): return (.text(b ? "Có" : "Không"), Styles.center)
        }
    }
}
