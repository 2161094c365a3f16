import Foundation
import Common
import TaskModel
import Validation

/// Gathers a month while it is being validated: every accepted row goes to the spool and into
/// the running measures, so nothing grows with the number of rows but the disk.
public final class MonthCollector {
    let model: Model
    let period: Period
    let spool: RowSpool
    let accumulators: [String: MeasureTable.Accumulator]
    /// For each form code, the accumulators its rows feed: most rows feed one area's.
    private let fed: [String: [MeasureTable.Accumulator]]
    /// Per file, per unit, per task: the checklist as each file reported it.
    var checklist: [Int: [String: [String: ProgressSheet.Report]]] = [:]
    /// The checklist forms by code, with their roles' column positions.
    private let checklists: [String: (task: Int, status: Int?, done: Set<String>, date: Int?, rate: Int?)]
    private var failure: (any Error)?

    public init(model: Model, period: Period) throws {
        self.model = model
        self.period = period
        spool = try RowSpool()
        let accumulators = Dictionary(uniqueKeysWithValues: model.areas.map { ($0.slug, MeasureTable.Accumulator(area: $0, model: model, period: period)) })
        self.accumulators = accumulators
        fed = Dictionary(uniqueKeysWithValues: model.forms.map { form in
            (form.code, model.areas.compactMap { accumulators[$0.slug] }.filter { $0.isFed(by: form.code) })
        })
        checklists = Dictionary(model.forms.compactMap { f in
            guard let list = f.checklist, let task = f.columnIndex(list.taskColumn) else { return nil }
            return (f.code, (task, f.columnIndex(list.statusColumn), Set(list.done), list.dateColumn.flatMap(f.columnIndex), list.rateColumn.flatMap(f.columnIndex)))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Takes one accepted row of the file with index `file`: spools it for the form sheets and
    /// adds it to the measures and the checklist.
    public func add(file: Int, row: AcceptedRow) {
        if failure == nil {
            do { try spool.add(row, file: file) } catch { failure = error }
        }
        for acc in fed[row.form] ?? [] { acc.add(row, file: file) }
        if let roles = checklists[row.form], case .choice(let task)? = row.values[roles.task] {
            let status = roles.status.flatMap { i -> String? in if case .choice(let v)? = row.values[i] { v } else { nil } } ?? ""
            checklist[file, default: [:]][row.unit, default: [:]][task] = ProgressSheet.Report(
                status: status, complete: roles.done.contains(status),
                rate: roles.rate.flatMap { row.values[$0]?.number },
                done: roles.date.flatMap { row.values[$0]?.day })
        }
    }

    /// The month, once every file has been read; only the rows of files the report counts
    /// (``FileReport/counted``) go into it. With the `previous` month, cumulative measures are
    /// compared with it (``MonthOverMonth``).
    public func finish(report: RunReport, previous: MonthData? = nil) throws -> MonthData {
        if let failure { throw failure }
        try spool.close()
        spool.excluded = Set(report.files.indices.filter { !report.files[$0].counted })
        return MonthData(collector: self, report: report, previous: previous)
    }
}
