import Common
import TaskModel
import Validation

/// An area's measures computed for every unit, and for the district (SPEC §5 "Measures").
///
/// The workbook writes the district row as formulas; these totals are the values it caches
/// beside them, computed the same way (sums of units, ratios of sums, maxima of units).
public struct MeasureTable: Sendable {
    public let measures: [Measure]
    /// `YYYY-MM`.
    public let period: String
    /// Per unit code, a value per measure; `nil` where a ratio has nothing to divide by.
    public let values: [String: [Double?]]
    public let totals: [Double?]

    /// Counts, sums and maxima grow row by row while the month is read; ratios are taken at the end.
    final class Accumulator {
        let measures: [Measure]
        private let units: [String]
        private let period: Period
        /// Zeros for every unit, so that units that sent nothing have a row.
        private let perUnit: [String: [Double]]
        /// Per file, per unit: kept apart until the end, when it is known which files count.
        private var perFile: [Int: [String: [Double]]] = [:]
        /// The file being read (rows arrive file by file) and its sums so far.
        private var currentFile = -1
        private var current: [String: [Double]] = [:]
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

        func add(_ row: AcceptedRow, file: Int = 0) {
            guard let feeds = byForm[row.form], let zeros = perUnit[row.unit] else { return }
            if file != currentFile {
                flush()
                currentFile = file
                current = perFile[file] ?? [:]
            }
            add(row, feeds: feeds, to: &current[row.unit, default: zeros])
        }

        /// The row's part of each measure, added to its unit's figures in place (one lookup a row).
        private func add(_ row: AcceptedRow, feeds: [(index: Int, kind: Measure.Kind, when: ResolvedCondition?, column: Int?)],
                         to sums: inout [Double]) {
            for f in feeds {
                if let when = f.when, !when.holds(row.values, period: period) { continue }
                let v = f.column.flatMap { row.values[$0]?.number } ?? 0
                switch f.kind {
                case .count: sums[f.index] += 1
                case .sum: sums[f.index] += v
                case .max: sums[f.index] = Swift.max(sums[f.index], v)
                case .ratio: break
                }
            }
        }

        /// Whether rows of `form` feed any of these measures.
        func isFed(by form: String) -> Bool { byForm[form] != nil }

        private func flush() {
            if currentFile >= 0 { perFile[currentFile] = current }
        }

        /// The table of the files `counts` keeps (a superseded or another period's file is left out).
        func table(counting counts: (Int) -> Bool = { _ in true }) -> MeasureTable {
            flush()
            var index: [String: Int] = [:]
            for (i, m) in measures.enumerated() { index[m.id] = i }
            var perUnit = self.perUnit
            for (file, units) in perFile.sorted(by: { $0.key < $1.key }) where counts(file) {
                for (unit, v) in units {
                    for (i, m) in measures.enumerated() {
                        perUnit[unit]![i] = m.kind == .max ? Swift.max(perUnit[unit]![i], v[i]) : perUnit[unit]![i] + v[i]
                    }
                }
            }
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
            return MeasureTable(measures: measures, period: period.description, values: values, totals: totals)
        }
    }
}
