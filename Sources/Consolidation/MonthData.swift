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
    var checklist: [String: [String: ProgressSheet.Report]] = [:]
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
        for (_, acc) in accumulators { acc.add(row) }
        if let roles = checklists[row.form], case .choice(let task)? = row.values[roles.task] {
            let status = roles.status.flatMap { i -> String? in if case .choice(let v)? = row.values[i] { v } else { nil } } ?? ""
            checklist[row.unit, default: [:]][task] = ProgressSheet.Report(
                status: status, complete: roles.done.contains(status),
                rate: roles.rate.flatMap { row.values[$0]?.number },
                done: roles.date.flatMap { row.values[$0]?.day })
        }
    }

    /// The month, once every file has been read.
    public func finish(report: RunReport) throws -> MonthData {
        if let failure { throw failure }
        try spool.close()
        return MonthData(collector: self, report: report)
    }
}

/// Everything one month's validation produced, arranged for the workbooks.
public struct MonthData: @unchecked Sendable {
    public let model: Model
    public let period: Period
    public let report: RunReport
    /// For each unit code, the forms it sent (any file with a row naming it, or named for it).
    public let submitted: [String: Set<String>]
    let spool: RowSpool
    let tables: [String: MeasureTable]
    let checklist: [String: [String: ProgressSheet.Report]]
    /// The units each file (by path) speaks for: those its rows name, else the one its path names.
    private let fileUnits: [String: [String]]
    private let fileNames: [String]

    init(collector: MonthCollector, report: RunReport) {
        model = collector.model
        period = collector.period
        self.report = report
        spool = collector.spool
        tables = collector.accumulators.mapValues { $0.table() }
        checklist = collector.checklist
        var sent: [String: Set<String>] = [:]
        var owners: [String: [String]] = [:]
        let registry = UnitRegistry(model: model)
        for file in report.files {
            let units = file.units.isEmpty ? registry.unit(inPath: file.path).map { [$0.code] } ?? [] : file.units
            owners[file.path] = units
            guard let form = file.form else { continue }
            for unit in units { sent[unit, default: []].insert(form) }
        }
        submitted = sent
        fileUnits = owners
        fileNames = report.files.map(\.fileName)
    }

    public func units(of file: FileReport) -> [String] { fileUnits[file.path] ?? file.units }

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
