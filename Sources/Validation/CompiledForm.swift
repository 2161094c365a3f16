import Common
import TaskModel

/// A form prepared for checking many rows: header names keyed for matching, rules and
/// findings resolved to positions, enumerations looked up once.
struct CompiledForm {
    let form: Form
    /// Loose header key (of a column's key or title) → column index.
    let headerKeys: [String: Int]
    let enumerations: [Enumeration?]
    let rules: [(rule: Rule, check: ResolvedCondition)]
    let findings: [(finding: Finding, when: ResolvedCondition)]
    let keyColumns: [Int]
    let unitColumn: Int
    /// The ``UnitKind`` id of the units that send it.
    let unitKind: String
    /// A checklist's task column, and its tasks with the one unit each is owned by (`nil`: all).
    let taskColumn: Int?
    let checklistTasks: [(code: String, owner: String?)]
    /// Pairs of date columns (later, earlier) where the first may not precede the second.
    let notBefore: [(Int, Int)]
    /// The form code as a loose key, to find it in title lines.
    let codeKey: String
    let requiredCount: Int

    init(form: Form, model: Model) {
        self.form = form
        var keys: [String: Int] = [:]
        for (i, col) in form.columns.enumerated() {
            keys[MatchKey.loose(col.key)] = i
            keys[MatchKey.loose(col.title)] = i
        }
        headerKeys = keys
        enumerations = form.columns.map { model.enumeration(for: $0, in: form) }
        let all = form.allKeys
        // The model was checked when loaded, so every name resolves.
        rules = form.rules.compactMap { r in (try? r.check.resolved(keys: all, settings: model.settings)).map { (r, $0) } }
        findings = form.findings.compactMap { f in (try? f.when.resolved(keys: all, settings: model.settings)).map { (f, $0) } }
        keyColumns = form.key.compactMap(form.columnIndex)
        unitColumn = form.columns.firstIndex { $0.type == .unit } ?? 0
        unitKind = model.sender(of: form)
        taskColumn = form.checklist.flatMap { form.columnIndex($0.taskColumn) }
        checklistTasks = form.checklist == nil ? [] : model.tasks(in: form).map { ($0.code, $0.owner) }
        notBefore = form.columns.enumerated().compactMap { i, c in c.notBefore.flatMap(form.columnIndex).map { (i, $0) } }
        codeKey = MatchKey.loose(form.code)
        requiredCount = form.columns.filter { $0.requirement == .required }.count
    }

    /// How many of the cells name a column of this form.
    func matches(_ cells: [String]) -> Int {
        var seen = Set<Int>()
        for cell in cells where !cell.isEmpty {
            if let i = headerKeys[MatchKey.loose(cell)] { seen.insert(i) }
        }
        return seen.count
    }
}
