import Common
import TaskModel

/// The units a file's rows name (in first-seen order, for the report), and for a checklist
/// form the items each unit left out (of those it owns): `task-missing`.
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
        if let tc = form.taskColumn, case .choice(let v)? = row.values[tc] { itemsSeen[code]?.insert(v) }
    }

    func finish(_ run: inout FileRun) {
        run.report.units = unitOrder
        guard let tc = form.taskColumn else { return }
        for unit in unitOrder {
            let present = itemsSeen[unit] ?? []
            let missing = form.checklistTasks.filter { ($0.owner ?? unit) == unit && !present.contains($0.code) }.map(\.code)
            if !missing.isEmpty {
                run.add(Issue(.taskMissing, column: form.form.columns[tc].key,
                              value: model.units.first { $0.code == unit }?.name ?? unit, detail: .missing(missing)))
            }
        }
    }
}
