import Common
import TaskModel
import Validation

/// A row kept for the workbooks, with the file it came from.
public struct SourcedRow: Sendable {
    public let row: AcceptedRow
    /// The file name as the clerk sent it (no folders), shown in the source column.
    public let file: String
}

/// Everything one month's validation produced, arranged for the workbooks.
public struct MonthData: Sendable {
    public let model: Model
    public let period: Period
    public let report: RunReport
    /// Accepted rows per form code, units in GSO order, then file order.
    public let rows: [String: [SourcedRow]]
    /// For each unit code, the forms it sent (any file with a row naming it).
    public let submitted: [String: Set<String>]
    /// The units each file (by path) speaks for: those its rows name, else the one its path names.
    private let fileUnits: [String: [String]]

    public init(model: Model, period: Period, report: RunReport, results: [FileResult]) {
        self.model = model
        self.period = period
        self.report = report
        let order = Dictionary(uniqueKeysWithValues: model.units.enumerated().map { ($1.code, $0) })
        var byForm: [String: [SourcedRow]] = [:]
        var sent: [String: Set<String>] = [:]
        var owners: [String: [String]] = [:]
        let registry = UnitRegistry(model: model)
        for result in results {
            let units = result.report.units.isEmpty ? registry.unit(inPath: result.report.path).map { [$0.code] } ?? [] : result.report.units
            owners[result.report.path] = units
            guard let form = result.report.form else { continue }
            let name = result.report.path.split(separator: "/").last.map(String.init) ?? result.report.path
            for unit in units { sent[unit, default: []].insert(form) }
            byForm[form, default: []] += result.rows.map { SourcedRow(row: $0, file: name) }
        }
        // A stable sort keeps each unit's rows in file order.
        for (form, list) in byForm {
            byForm[form] = list.enumerated().sorted { a, b in
                let ua = order[a.element.row.unit] ?? Int.max, ub = order[b.element.row.unit] ?? Int.max
                return ua != ub ? ua < ub : a.offset < b.offset
            }.map(\.element)
        }
        rows = byForm
        submitted = sent
        fileUnits = owners
    }

    public func units(of file: FileReport) -> [String] { fileUnits[file.path] ?? file.units }

    /// Forms in the area's workbook, in model order (the checklist form last).
    public func forms(of area: Area) -> [Form] {
        model.forms.filter { $0.area == area.slug } + model.forms.filter { $0.area == "*" }
    }

    /// Whether a unit sent any return of the area's own forms.
    public func hasSubmitted(_ unit: String, area: Area) -> Bool {
        let mine = Set(model.forms.filter { $0.area == area.slug }.map(\.code))
        return !(submitted[unit] ?? []).isDisjoint(with: mine)
    }
}
