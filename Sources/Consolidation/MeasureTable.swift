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

    /// Counts, sums and maxima grow row by row while the month is read; ratios are taken at the end.
    final class Accumulator {
        let measures: [Measure]
        private let units: [String]
        private let period: Period
        private var perUnit: [String: [Double]]
        /// For each form code, the measures fed by it, with their condition and column resolved.
        private var byForm: [String: [(index: Int, kind: Measure.Kind, when: ResolvedCondition?, column: Int?)]] = [:]

        init(area: Area, model: Model, period: Period) {
            let measures = model.measures.filter { $0.area == area.slug }
            self.measures = measures
            let rows = model.units(of: area)
            units = rows.map(\.code)
            self.period = period
            perUnit = Dictionary(uniqueKeysWithValues: rows.map { ($0.code, Array(repeating: 0, count: measures.count)) })
            for (i, m) in measures.enumerated() where m.kind != .ratio {
                guard let form = m.form.flatMap(model.form) else { continue }
                let keys = form.allKeys
                byForm[form.code, default: []].append((i, m.kind, m.where.flatMap { try? $0.resolved(keys: keys, settings: model.settings) },
                                                       m.column.flatMap { keys.firstIndex(of: $0) }))
            }
        }

        func add(_ row: AcceptedRow) {
            guard let feeds = byForm[row.form], perUnit[row.unit] != nil else { return }
            for f in feeds {
                if let when = f.when, !when.holds(row.values, period: period) { continue }
                let v = f.column.flatMap { row.values[$0]?.number } ?? 0
                switch f.kind {
                case .count: perUnit[row.unit]![f.index] += 1
                case .sum: perUnit[row.unit]![f.index] += v
                case .max: perUnit[row.unit]![f.index] = Swift.max(perUnit[row.unit]![f.index], v)
                case .ratio: break
                }
            }
        }

        func table() -> MeasureTable {
            var index: [String: Int] = [:]
            for (i, m) in measures.enumerated() { index[m.id] = i }
            var values: [String: [Double?]] = perUnit.mapValues { $0.map { Optional($0) } }
            var totals = [Double?](repeating: 0, count: measures.count)
            for (i, m) in measures.enumerated() {
                switch m.kind {
                case .count, .sum: totals[i] = units.reduce(0) { $0 + (values[$1]![i] ?? 0) }
                case .max: totals[i] = units.map { values[$0]![i] ?? 0 }.max() ?? 0
                case .ratio:
                    guard let n = m.numerator.flatMap({ index[$0] }), let d = m.denominator.flatMap({ index[$0] }) else { continue }
                    for u in units {
                        let num = values[u]![n] ?? 0, den = values[u]![d] ?? 0
                        values[u]![i] = den == 0 ? nil : num / den
                    }
                    let num = totals[n] ?? 0, den = totals[d] ?? 0
                    totals[i] = den == 0 ? nil : num / den
                }
            }
            return MeasureTable(measures: measures, values: values, totals: totals)
        }
    }
}
