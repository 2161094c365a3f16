import Common
import TaskModel

/// The form's cross-field rules (SPEC §1.4 "Rules"), on rows whose cells all typed: each
/// broken rule is an issue with the rule's id and words, an error or a warning as the model says.
struct RuleCheck: RowCheck {
    let form: CompiledForm
    let layout: HeaderLayout
    let computed: ComputedColumns
    let period: Period

    var codes: [IssueCode] { Array(Set(form.rules.map(\.rule.code))) }

    func check(_ row: inout CheckedRow) {
        guard !row.hasErrors else { return }
        computed.fill(&row.values)
        for (rule, check) in form.rules where !check.holds(row.values, period: period) {
            // A column the file lacks has no value to show (null), unlike an empty cell.
            let text = form.form.columnIndex(rule.column).flatMap { layout.cellOfColumn[$0] }.map(row.cell)
            row.issues.append(Issue(rule.code, line: row.line, column: rule.column, value: text, rule: rule.id,
                                    detail: .rule(vi: rule.text.vi, en: rule.text.en), severity: rule.severity == .error ? .error : .warning))
        }
    }
}
