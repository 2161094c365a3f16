import Common
import Consolidation
import Foundation
import TaskModel

/// The «Tổng hợp» sheet of each area as an HTML table, made from the same ``MonthData`` the
/// workbook was written from (``MeasureTable`` values and totals, the submission states), so
/// the page shows the figures the workbook holds without reading it back.
///
/// As on the sheet: units in GSO order, a unit that sent nothing shows «Chưa nộp» and blank
/// measures, a ratio of nothing is blank, the Tổng cộng row holds the district's totals, and
/// a cell is green when it meets its target, red when it misses it past the task's deadline
/// (or at once for an overdue item), orange when a «target 0» measure is not 0. Helper
/// measures hidden on the sheet are left out.
struct MonthPreview: Sendable {
    struct Row: Sendable {
        let unit: TaskModel.Unit
        let sent: Bool
        let values: [Double?]
    }

    struct Sheet: Sendable {
        let area: Area
        let measures: [Measure]
        let rows: [Row]
        let totals: [Double?]
        let sentCount: Int
        /// Per measure, whether a miss is red (its deadline has passed, or it is overdue).
        let redWhenMissed: [Bool]
    }

    let sheets: [Sheet]
    let summary: (vi: String, en: String)

    /// `outputRoot`, the server's folder for results, is shown as `ket-qua`: a clerk has no
    /// use for the server's paths.
    init(_ built: MonthBuild.Built, outputRoot: String) {
        let data = built.data
        let model = data.model
        summary = (built.summary(english: false).replacingOccurrences(of: outputRoot, with: "ket-qua"),
                   built.summary(english: true).replacingOccurrences(of: outputRoot, with: "ket-qua"))
        sheets = model.areas.map { area in
            let table = data.table(area)
            let shown = table.measures.indices.filter { table.measures[$0].shown }
            let units = model.units(of: area)
            let rows = units.map { unit in
                let sent = data.hasSubmitted(unit.code, area: area)
                let values = table.values[unit.code] ?? []
                return Row(unit: unit, sent: sent, values: shown.map { i in
                    guard sent, i < values.count else { return nil }
                    return table.measures[i].kind == .ratio ? values[i] : (values[i] ?? 0)
                })
            }
            let totals = shown.map { i -> Double? in
                table.measures[i].kind == .ratio ? table.totals[i] : (table.totals[i] ?? 0)
            }
            let measures = shown.map { table.measures[$0] }
            return Sheet(area: area, measures: measures, rows: rows, totals: totals, sentCount: rows.filter(\.sent).count,
                         redWhenMissed: measures.map(data.missIsRed))
        }
    }

    /// The colour class of a value, as the sheet's conditional formats give it.
    static func colour(_ value: Double?, measure: Measure, redWhenMissed: Bool) -> String {
        guard let value, let target = measure.target, let compare = Measure.Target.operators[target.op] else { return "" }
        let met = compare.holds(value, target.value)
        if target.watchesForNonZero { return value != 0 ? "watch" : "" }
        if met { return "met" }
        return redWhenMissed ? "below" : ""
    }

    /// A number as a Vietnamese reader writes it: `1.234`, `12,5`, `87,5%`.
    static func shown(_ value: Double?, _ display: Measure.Display) -> String {
        guard let value else { return "" }
        let f = NumberFormatter()
        f.locale = Locale(identifier: "vi_VN")
        f.numberStyle = .decimal
        f.groupingSeparator = "."
        f.decimalSeparator = ","
        switch display {
        case .integer, .days, .money:
            f.maximumFractionDigits = 0
        case .decimal:
            f.minimumFractionDigits = 1
            f.maximumFractionDigits = 3
        case .percent:
            f.minimumFractionDigits = 1
            f.maximumFractionDigits = 1
            return (f.string(from: NSNumber(value: value * 100)) ?? "") + "%"
        }
        return f.string(from: NSNumber(value: value)) ?? ""
    }
}
