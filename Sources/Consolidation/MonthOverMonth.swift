import Common
import TaskModel
import Validation

/// Month over month: a cumulative measure (``Measure/cumulative``) compared with the previous
/// period's value, built from the archive's current submissions of that period.
///
/// A running total that falls (fewer houses completed than last month) is either a
/// correction or a mistake; either way the commune is asked on its return slip
/// (`decreased-since-last-period`, a warning on its file of the measure's form).
public enum MonthOverMonth {
    /// The report with a warning on each unit's counted file whose cumulative figures fell.
    static func flagDecreases(in report: RunReport, current: [String: MeasureTable], previous: [String: MeasureTable],
                              model: Model) -> RunReport {
        var report = report
        let registry = UnitRegistry(model: model)
        for area in model.areas {
            guard let now = current[area.slug], let before = previous[area.slug] else { continue }
            for (i, m) in now.measures.enumerated() where m.cumulative {
                guard let j = before.measures.firstIndex(where: { $0.id == m.id }) else { continue }
                for unit in model.units {
                    guard let was = before.values[unit.code]?[j] ?? nil, let isNow = now.values[unit.code]?[i] ?? nil, isNow < was,
                          let f = report.files.firstIndex(where: { $0.counted && $0.form == m.form
                              && Supersession.units(of: $0, registry: registry).contains(unit.code) }) else { continue }
                    report.files[f].issues.append(Issue(.decreasedSinceLastPeriod, column: m.column,
                                                        value: "\(m.title): \(NumberText.plain(isNow))", detail: .previous(was)))
                    report.files[f].warningCount += 1
                }
            }
        }
        return report
    }
}
