import Common
import TaskModel

/// What the Committee should notice in an accepted row (SPEC §4 findings): noted on the row
/// for the workbooks, and listed as a warning when the model says `report`.
struct FindingCheck: RowCheck {
    let form: CompiledForm
    let period: Period

    var codes: [IssueCode] { Array(Set(form.findings.filter(\.finding.report).map(\.finding.code))) }

    func check(_ row: inout CheckedRow) {
        guard !row.hasErrors else { return }
        for (finding, when) in form.findings where when.holds(row.values, period: period) {
            row.findings.append(finding.code)
            guard finding.report else { continue }
            let text = finding.column.flatMap(form.form.columnIndex).flatMap { row.values[$0] }.map(ValueText.show)
            row.issues.append(Issue(finding.code, line: row.line, column: finding.column, value: text,
                                    detail: .rule(vi: finding.text.vi, en: finding.text.en), severity: .warning))
        }
    }
}
