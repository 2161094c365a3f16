import Common
import TaskModel
import Validation

/// An area's measures computed for every unit, and for the district (SPEC §5 "Measures").
///
/// The workbook writes the district row as formulas; these totals are the values it caches
/// beside them, computed the same way (sums of units, ratios of sums, maxima of units).
public struct MeasureTable: Sendable {
    public let measures: [Measure]
    /// Per unit code, a value per measure; `nil` where a ratio has nothing to divide by.
    public let values: [String: [Double?]]
    public let totals: [Double?]

    public init(area: Area, data: MonthData) {
        let measures = data.model.measures.filter { $0.area == area.slug }
        self.measures = measures
        var perUnit: [String: [Double?]] = [:]
        let units = data.model.units.map(\.code)
        for code in units { perUnit[code] = Array(repeating: 0, count: measures.count) }
        var index: [String: Int] = [:]
        for (mi, m) in measures.enumerated() {
            index[m.id] = mi
            switch m.kind {
            case .count, .sum, .max:
                guard let form = m.form.flatMap(data.model.form) else { continue }
                let keys = form.allKeys
                let condition = m.where.flatMap { try? $0.resolved(keys: keys, settings: data.model.settings) }
                let column = m.column.flatMap { keys.firstIndex(of: $0) }
                for sourced in data.rows[form.code] ?? [] {
                    let row = sourced.row
                    guard perUnit[row.unit] != nil else { continue }
                    if let condition, !condition.holds(row.values, period: data.period) { continue }
                    let old = perUnit[row.unit]![mi] ?? 0
                    switch m.kind {
                    case .count: perUnit[row.unit]![mi] = old + 1
                    case .sum: perUnit[row.unit]![mi] = old + (column.flatMap { row.values[$0]?.number } ?? 0)
                    case .max: perUnit[row.unit]![mi] = Swift.max(old, column.flatMap { row.values[$0]?.number } ?? 0)
                    case .ratio: break
                    }
                }
            case .ratio:
                guard let n = m.numerator.flatMap({ index[$0] }), let d = m.denominator.flatMap({ index[$0] }) else { continue }
                for code in units {
                    let num = perUnit[code]![n] ?? 0, den = perUnit[code]![d] ?? 0
                    perUnit[code]![mi] = den == 0 ? nil : num / den
                }
            }
        }
        values = perUnit
        var totals = [Double?](repeating: 0, count: measures.count)
        for (mi, m) in measures.enumerated() {
            switch m.kind {
            case .count, .sum: totals[mi] = units.reduce(0) { $0 + (perUnit[$1]![mi] ?? 0) }
            case .max: totals[mi] = units.map { perUnit[$0]![mi] ?? 0 }.max() ?? 0
            case .ratio:
                let n = m.numerator.flatMap { index[$0] }, d = m.denominator.flatMap { index[$0] }
                let num = n.flatMap { totals[$0] } ?? 0, den = d.flatMap { totals[$0] } ?? 0
                totals[mi] = den == 0 ? nil : num / den
            }
        }
        self.totals = totals
    }
}
