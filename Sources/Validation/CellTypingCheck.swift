import Common
import CSVReading
import TaskModel

/// The baseline check, always on: every cell typed by its column (required, types, bounds,
/// lengths, enumerations, units of the form's kind, dates inside their bounds). It also
/// remembers the latest date read in a column bounded by the period, from which a period is
/// inferred when none is given (a due date may lie later).
struct CellTypingCheck: RowCheck {
    let codes: [IssueCode] = [.required, .typeInt, .typeDecimal, .typeDate, .typeBool, .typeEnum, .range, .length,
                              .numberAmbiguous, .dateTwoDigitYear, .dateSerial, .dateAfterPeriod, .unitUnknown, .unitAlias]
    let form: CompiledForm
    let layout: HeaderLayout
    let lookups: CellLookups
    let parser: CellParser
    private var latest: Day?

    init(form: CompiledForm, layout: HeaderLayout, lookups: CellLookups, parser: CellParser) {
        self.form = form
        self.layout = layout
        self.lookups = lookups
        self.parser = parser
    }

    mutating func check(_ row: inout CheckedRow) {
        for (ci, col) in form.form.columns.enumerated() {
            let text = row.text(ofColumn: ci, in: layout)
            switch parser.parse(text, column: col, enumeration: form.enumerations[ci], units: { lookups.unit($0, kind: form.unitKind) },
                                choices: lookups.choice) {
            case .empty:
                if col.requirement == .required { row.issues.append(Issue(.required, line: row.line, column: col.key)) }
            case .value(let v, let warning):
                row.values[ci] = v
                if var w = warning {
                    w.line = row.line; w.column = col.key; w.value = text
                    row.issues.append(w)
                }
                if let d = v.day, col.dates == .untilPeriodEnd, latest.map({ d > $0 }) ?? true { latest = d }
            case .failure(var issue):
                issue.line = row.line; issue.column = col.key; issue.value = text
                row.issues.append(issue)
            }
        }
        for (later, earlier) in form.notBefore {
            guard let a = row.values[later]?.day, let b = row.values[earlier]?.day, a < b else { continue }
            row.issues.append(Issue(.range, line: row.line, column: form.form.columns[later].key, value: a.description,
                                    detail: .bounds(.notBefore(form.form.columns[earlier].title, b))))
        }
    }

    func finish(_ run: inout FileRun) {
        run.report.latestDate = latest?.iso
    }
}
