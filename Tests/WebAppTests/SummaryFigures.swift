import Foundation
import TestSupport

/// The figures of a workbook's «Tổng hợp» sheet as written: per unit row and the Tổng cộng
/// row, the submission cell and the cached value of every measure column a reader sees
/// (helper measures sit in hidden columns, which the page leaves out too).
struct SummaryFigures {
    struct Row {
        let sent: String
        let values: [Double?]
    }

    let rows: [Row]

    /// The sheet's layout (Consolidation's SummarySheet): headers on row 9, units from row 11,
    /// the submission state in column D, measures from column E.
    init(_ book: XLSXFile) {
        let cells = book.cells("Tổng hợp")
        let hidden = Self.hiddenColumns(book.sheetXML("Tổng hợp") ?? "")
        var measureColumns: [Int] = []
        var c = 4
        while cells["\(Self.letters(c))9"] != nil {
            if !hidden.contains(c) { measureColumns.append(c) }
            c += 1
        }
        var out: [Row] = []
        var r = 11
        while let label = cells["C\(r)"] ?? cells["B\(r)"] {
            out.append(Row(sent: cells["D\(r)"]?.value ?? "", values: measureColumns.map { cells["\(Self.letters($0))\(r)"]?.number }))
            if label.value == "Tổng cộng" { break }
            r += 1
        }
        rows = out
    }

    /// Zero-based column → `A`, `B`, … `AA`.
    static func letters(_ column: Int) -> String {
        var n = column + 1, s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }

    /// Zero-based columns of `<col … hidden="1"/>`.
    static func hiddenColumns(_ xml: String) -> Set<Int> {
        var out: Set<Int> = []
        for element in XMLElements(Data(xml.utf8), named: "col") where element.attributes["hidden"] == "1" {
            guard let min = element.attributes["min"].flatMap(Int.init), let max = element.attributes["max"].flatMap(Int.init) else { continue }
            for c in min...max { out.insert(c - 1) }
        }
        return out
    }
}
