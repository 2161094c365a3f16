import Common

/// A worksheet's XML (`xl/worksheets/sheetN.xml`), turned into rows as it streams by.
///
/// Rows and cells must come in order (as Excel, LibreOffice and every writer put them); a
/// row or column past Excel's limits, a shared-string index out of range or a cell longer
/// than Excel allows stops the sheet with `xlsx-invalid`, naming the cell.
final class SheetPart: XMLEventHandler {
    private let sheet: String
    private let strings: [String]
    private let formats: [NumberFormat]
    private let date1904: Bool
    private let onRow: (SheetRow) -> Void
    var failure: WorkbookReadError?

    private var inData = false
    private var rowNumber = 0
    private var cells: [SheetCell] = []
    // The cell being read.
    private var column = -1
    private var type: CellType = .number
    private var style = 0
    private var hasFormula = false
    private var value = TextCollector()
    private var hasValue = false
    private var inValue = false, inInline = false, inPhonetic = false

    private enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }

    init(sheet: String, strings: [String], formats: [NumberFormat], date1904: Bool, onRow: @escaping (SheetRow) -> Void) {
        self.sheet = sheet
        self.strings = strings
        self.formats = formats
        self.date1904 = date1904
        self.onRow = onRow
    }

    private func fail(_ detail: String, cell: String? = nil) {
        if failure == nil { failure = WorkbookReadError(.invalid, detail, sheet: sheet, cell: cell) }
    }

    func start(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("c") {
            guard inData else { return }
            startCell(attributes)
        } else if name.is("v") {
            inValue = column >= 0
            value.reset()
        } else if name.is("is") {
            inInline = column >= 0
            value.reset()
        } else if name.is("t") {
            inValue = inInline && !inPhonetic
        } else if name.is("rPh") {
            inPhonetic = true
        } else if name.is("f") {
            hasFormula = true
        } else if name.is("row") {
            guard inData else { return }
            startRow(attributes)
        } else if name.is("sheetData") {
            inData = true
        }
    }

    func end(_ name: XMLName) {
        if name.is("c") {
            if column >= 0 { endCell() }
        } else if name.is("v") || name.is("t") {
            // An empty value (`<v/>`, what some writers put after a formula) is no value.
            if inValue && !value.bytes.isEmpty { hasValue = true }
            inValue = false
        } else if name.is("is") {
            inInline = false
        } else if name.is("rPh") {
            inPhonetic = false
        } else if name.is("row") {
            if inData { endRow() }
        } else if name.is("sheetData") {
            inData = false
        }
    }

    func text(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard inValue else { return }
        if !value.append(bytes) {
            fail("cell longer than \(TextCollector.maxCharacters) characters", cell: CellReference.name(column: column, row: rowNumber))
        }
    }

    private func startRow(_ attributes: XMLAttributes) {
        var number = rowNumber + 1
        if let r = attributes.value("r") {
            guard let n = SheetPart.integer(r), n > rowNumber else {
                fail("row \(String(decoding: r, as: UTF8.self)) out of order or not a number", cell: String(rowNumber + 1))
                return
            }
            number = n
        }
        guard number <= CellReference.maxRows else {
            fail("row \(number) past Excel's last row \(CellReference.maxRows)", cell: String(number))
            return
        }
        rowNumber = number
        cells.removeAll(keepingCapacity: true)
    }

    private func endRow() {
        while cells.last?.isEmpty == true { cells.removeLast() }
        // A row with no value is not a record: spreadsheets write one for a row that is only
        // formatted (LibreOffice writes the template's thousand prepared rows back).
        if !cells.isEmpty { onRow(SheetRow(number: rowNumber, cells: cells)) }
        cells.removeAll(keepingCapacity: true)
    }

    private func startCell(_ attributes: XMLAttributes) {
        var index = cells.count
        if let r = attributes.value("r") {
            guard let ref = CellReference.parse(r) else {
                fail("cell reference \(String(decoding: r, as: UTF8.self)) unreadable", cell: String(rowNumber))
                return
            }
            guard ref.column < CellReference.maxColumns else {
                fail("column past Excel's last column XFD", cell: String(decoding: r, as: UTF8.self))
                return
            }
            guard ref.row == nil || ref.row == rowNumber, ref.column >= cells.count else {
                fail("cell out of order", cell: String(decoding: r, as: UTF8.self))
                return
            }
            index = ref.column
        } else if index >= CellReference.maxColumns {
            fail("column past Excel's last column XFD", cell: String(rowNumber))
            return
        }
        column = index
        switch attributes.value("t").map({ String(decoding: $0, as: UTF8.self) }) {
        case "s": type = .sharedString
        case "inlineStr": type = .inlineString
        case "str": type = .formulaString
        case "b": type = .boolean
        case "e": type = .error
        case "d": type = .isoDate
        default: type = .number
        }
        style = attributes.value("s").flatMap(SheetPart.integer) ?? 0
        hasFormula = false
        hasValue = false
        value.reset()
    }

    private func endCell() {
        let ref = { CellReference.name(column: self.column, row: self.rowNumber) }
        let cell: SheetCell
        if !hasValue {
            cell = hasFormula ? .formulaWithoutValue : .empty
        } else {
            switch type {
            case .sharedString:
                guard let i = SheetPart.integer(value.bytes), i < strings.count else {
                    fail("shared string index \(value.string) out of range (\(strings.count) strings)", cell: ref())
                    return
                }
                cell = strings[i].isEmpty ? .empty : .text(strings[i])
            case .inlineString, .formulaString:
                let text = value.string
                cell = text.isEmpty ? .empty : .text(text)
            case .boolean:
                cell = .bool(value.bytes == [UInt8(ascii: "1")] || value.string.lowercased() == "true")
            case .error:
                cell = .error(value.string)
            case .isoDate:
                cell = Day(iso: value.string.prefix(10)).map { .date($0) } ?? .text(value.string)
            case .number:
                guard let n = Double(value.string.trimmingSpaces), n.isFinite else {
                    fail("number «\(value.string.prefix(40))» unreadable", cell: ref())
                    return
                }
                cell = typed(n)
            }
        }
        if column > cells.count { cells.append(contentsOf: repeatElement(.empty, count: column - cells.count)) }
        cells.append(cell)
        column = -1
    }

    /// A number as its cell style shows it: a date (in the workbook's date system), a
    /// percentage, or a number.
    private func typed(_ n: Double) -> SheetCell {
        switch style < formats.count ? formats[style] : .plain {
        case .plain: return .number(n)
        case .percent: return .percent(n)
        case .date: return SheetPart.day(serial: n, date1904: date1904).map { .date($0) } ?? .number(n)
        }
    }

    /// The day of a serial number. In the 1900 system serial 60 is 29/02/1900, a day that
    /// never was (Lotus 1-2-3's leap-year mistake, kept by Excel): days before it are one off.
    static func day(serial: Double, date1904: Bool) -> Day? {
        guard serial >= 1, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        if date1904 { return Day(excelSerial: whole + 1462) }
        if whole == 60 { return nil }
        return Day(excelSerial: whole < 60 ? whole + 1 : whole)
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? { integer(Array(bytes)) }

    static func integer(_ bytes: [UInt8]) -> Int? {
        guard !bytes.isEmpty, bytes.count <= 9 else { return nil }
        var n = 0
        for b in bytes {
            guard b >= 48 && b <= 57 else { return nil }
            n = n * 10 + Int(b - 48)
        }
        return n
    }
}

private extension String {
    var trimmingSpaces: Substring {
        let s = drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        return s.prefix(s.count - s.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }.count)
    }
}
