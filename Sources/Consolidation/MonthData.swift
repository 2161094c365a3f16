import Foundation
import Common
import TaskModel
import Validation

/// A row kept for the workbooks, with the file it came from.
public struct SourcedRow: Sendable {
    public let row: AcceptedRow
    /// The file name as the clerk sent it (no folders), shown in the source column.
    public let file: String
}

/// Gathers a month while it is being validated: every accepted row goes to the spool and into
/// the running measures, so nothing grows with the number of rows but the disk.
public final class MonthCollector {
    let model: Model
    let period: Period
    let spool: RowSpool
    var accumulators: [String: MeasureTable.Accumulator]
    /// Per file, per unit, per task: the checklist as each file reported it.
    var checklist: [Int: [String: [String: ProgressSheet.Report]]] = [:]
    /// The checklist forms by code, with their roles' column positions.
    private let checklists: [String: (task: Int, status: Int?, done: Set<String>, date: Int?, rate: Int?)]
    private var failure: (any Error)?

    public init(model: Model, period: Period) throws {
        self.model = model
        self.period = period
        spool = try RowSpool()
        accumulators = Dictionary(uniqueKeysWithValues: model.areas.map { ($0.slug, MeasureTable.Accumulator(area: $0, model: model, period: period)) })
        checklists = Dictionary(model.forms.compactMap { f in
            guard let list = f.checklist, let task = f.columnIndex(list.taskColumn) else { return nil }
            return (f.code, (task, f.columnIndex(list.statusColumn), Set(list.done), list.dateColumn.flatMap(f.columnIndex), list.rateColumn.flatMap(f.columnIndex)))
        }, uniquingKeysWith: { a, _ in a })
    }

    /// Takes one accepted row of the file with index `file`.
    public func add(file: Int, row: AcceptedRow) {
        guard failure == nil else { return }
        do { try spool.add(row, file: file) } catch { failure = error }
        for (_, acc) in accumulators { acc.add(row, file: file) }
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

/// Everything one month's validation produced, arranged for the workbooks.
public struct MonthData: @unchecked Sendable {
    public let model: Model
    public let period: Period
    public let report: RunReport
    /// The previous period's measures, per area, when the archive holds that period.
    public let previous: [String: MeasureTable]?
    /// For each unit code, the forms it sent (any file with a row naming it, or named for it).
    public let submitted: [String: Set<String>]
    let spool: RowSpool
    let tables: [String: MeasureTable]
    let checklist: [String: [String: ProgressSheet.Report]]
    /// The units each file (by path) speaks for: those its rows name, else the one its path names.
    /// By path and sheet: a workbook's form sheets are separate returns.
    private let fileUnits: [String: [String]]
    private let fileNames: [String]

    init(collector: MonthCollector, report: RunReport, previous: MonthData?) {
        model = collector.model
        period = collector.period
        spool = collector.spool
        let counted = { (i: Int) in i < report.files.count && report.files[i].counted }
        let tables = collector.accumulators.mapValues { $0.table(counting: counted) }
        self.tables = tables
        self.previous = previous?.tables
        self.report = previous.map { MonthOverMonth.flagDecreases(in: report, current: tables, previous: $0.tables, model: collector.model) } ?? report
        var lists: [String: [String: ProgressSheet.Report]] = [:]
        for (file, units) in collector.checklist.sorted(by: { $0.key < $1.key }) where counted(file) {
            for (unit, tasks) in units { lists[unit, default: [:]].merge(tasks) { $1 } }
        }
        checklist = lists
        var sent: [String: Set<String>] = [:]
        var owners: [String: [String]] = [:]
        let registry = UnitRegistry(model: model)
        for file in report.files {
            let units = Supersession.units(of: file, registry: registry)
            owners[MonthData.key(file)] = units
            guard let form = file.form, file.counted else { continue }
            for unit in units { sent[unit, default: []].insert(form) }
        }
        submitted = sent
        fileUnits = owners
        fileNames = report.files.map(\.fileName)
    }

    public func units(of file: FileReport) -> [String] { fileUnits[MonthData.key(file)] ?? file.units }

    private static func key(_ file: FileReport) -> String { file.path + "\u{0}" + (file.sheet ?? "") }

    /// The measures of an area.
    public func table(_ area: Area) -> MeasureTable { tables[area.slug] ?? MeasureTable.Accumulator(area: area, model: model, period: period).table() }

    /// Accepted rows of a form, units in GSO order, each unit's rows in file order.
    public func forEachRow(form: String, _ body: (SourcedRow) throws -> Void) throws {
        for unit in model.units {
            try spool.forEach(form: form, unit: unit.code) { row, file in
                try body(SourcedRow(row: row, file: file < fileNames.count ? fileNames[file] : "?"))
            }
        }
    }

    /// How many rows of a form were accepted.
    public func rowCount(form: String) -> Int { spool.counts[form] ?? 0 }

    /// Forms in the area's workbook, in model order (the checklist form last).
    public func forms(of area: Area) -> [Form] { model.forms(of: area) }

    /// Whether a unit sent any return of the area's own forms.
    public func hasSubmitted(_ unit: String, area: Area) -> Bool {
        let mine = Set(model.forms.filter { $0.area == area.slug }.map(\.code))
        return !(submitted[unit] ?? []).isDisjoint(with: mine)
    }
}
