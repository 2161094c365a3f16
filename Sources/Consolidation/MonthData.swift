import Foundation
import Common
import TaskModel
import Validation

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

    /// Whether a measure below its target shows red this month: its task's deadline has passed
    /// by the end of the period, or its target is red as soon as it is missed (an overdue item).
    /// The workbook's conditional formats and the web page's preview both ask this.
    public func missIsRed(_ measure: Measure) -> Bool {
        let deadlinePassed = measure.task.flatMap(model.task)?.deadline.map { $0 < period.end } ?? false
        return deadlinePassed || measure.target?.redWhenMissed == true
    }

    /// Whether a unit sent any return of the area's own forms.
    public func hasSubmitted(_ unit: String, area: Area) -> Bool {
        let mine = Set(model.forms.filter { $0.area == area.slug }.map(\.code))
        return !(submitted[unit] ?? []).isDisjoint(with: mine)
    }
}
