import Common
import TaskModel

/// The units a file's rows name (in first-seen order, for the report), and for a checklist
/// form the items each unit left out: `task-missing`.
struct ChecklistCheck: RowCheck {
    let codes: [IssueCode] = [.taskMissing]
    let form: CompiledForm
    let model: Model
    private var itemsSeen: [String: Set<String>] = [:]
    private var unitOrder: [String] = []

    init(form: CompiledForm, model: Model) {
        self.form = form
        self.model = model
    }

    mutating func check(_ row: inout CheckedRow) {
        guard case .unit(let code)? = row.values[form.unitColumn] else { return }
        if itemsSeen[code] == nil {
            unitOrder.append(code)
            itemsSeen[code] = []
        }
        if let cc = form.completeColumn, case .choice(let v)? = row.values[cc] { itemsSeen[code]?.insert(v) }
    }

    func finish(_ run: inout FileRun) {
        run.report.units = unitOrder
        guard let cc = form.completeColumn, let e = form.enumerations[cc] else { return }
        for unit in unitOrder {
            let present = itemsSeen[unit] ?? []
            let missing = e.values.map(\.value).filter { !present.contains($0) }
            if !missing.isEmpty {
                run.add(Issue(.taskMissing, column: form.form.columns[cc].key,
                              value: model.units.first { $0.code == unit }?.name ?? unit, detail: .missing(missing)))
            }
        }
    }
}
