import Common
import CSVReading
import TaskModel
import XLSXReading

/// The baseline check, always on: every cell typed by its column (required, types, bounds,
/// lengths, enumerations, units of the form's kind, dates inside their bounds). It also
/// remembers the latest date read in a column bounded by the period, from which a period is
/// inferred when none is given (a due date may lie later).
struct CellTypingCheck: RowCheck {
    let codes: [IssueCode] = [.required, .typeInt, .typeDecimal, .typeDate, .typeBool, .typeEnum, .range, .length,
                              .numberAmbiguous, .dateTwoDigitYear, .dateSerial, .dateAfterPeriod, .unitUnknown, .unitAlias,
                              .formulaNoValue]
    let form: CompiledForm
    let layout: HeaderLayout
    let parser: CellParser
    private let columns: [TypedColumn]
    /// Made once: a closure made for each cell would be allocated for each cell.
    private let units: (String) -> UnitRegistry.Resolution
    private let choices: (String, Enumeration) -> String?
    /// For the unit and enumeration columns of a CSV file: their last few cells' outcomes.
    private var recent: [RecentSpellings<CellParser.Outcome>?]
    private var latest: Day?

    init(form: CompiledForm, layout: HeaderLayout, lookups: CellLookups, parser: CellParser) {
        self.form = form
        self.layout = layout
        self.parser = parser
        columns = form.form.columns.enumerated().map { TypedColumn(index: $0, column: $1, enumeration: form.enumerations[$0]) }
        let kind = form.unitKind
        units = { lookups.unit($0, kind: kind) }
        choices = lookups.choice
        recent = columns.map { $0.type == .unit || $0.type == .enum ? RecentSpellings() : nil }
    }

    mutating func check(_ row: inout CheckedRow) {
        for slot in columns {
            let ci = slot.index
            let text = row.text(ofColumn: ci, in: layout)
            let typed = row.typedCell(ofColumn: ci, in: layout)
            if typed == .formulaWithoutValue { row.issues.append(Issue(.formulaNoValue, line: row.line, column: slot.key)) }
            // A workbook's typed cell is taken as it is; text goes through the text parsers.
            let outcome: CellParser.Outcome
            if let typed {
                outcome = parser.parse(typed, text: text, column: slot, units: units, choices: choices)
            } else if let seen = recent[ci]?.answer(for: Spelling(text)) {
                outcome = seen
            } else {
                outcome = parser.parse(text, column: slot, units: units, choices: choices)
                recent[ci]?.remember(Spelling(text), outcome)
            }
            switch outcome {
            case .empty:
                if slot.required { row.issues.append(Issue(.required, line: row.line, column: slot.key)) }
            case .value(let v):
                record(v, of: slot, in: &row)
            case .warned(let v, var warning):
                record(v, of: slot, in: &row)
                warning.line = row.line; warning.column = slot.key; warning.value = text
                row.issues.append(warning)
            case .failure(var issue):
                issue.line = row.line; issue.column = slot.key; issue.value = text
                row.issues.append(issue)
            }
        }
        for (later, earlier) in form.notBefore {
            guard let a = row.values[later]?.day, let b = row.values[earlier]?.day, a < b else { continue }
            row.issues.append(Issue(.range, line: row.line, column: form.form.columns[later].key, value: a.description,
                                    detail: .bounds(.notBefore(form.form.columns[earlier].title, b))))
        }
    }

    private mutating func record(_ v: Value, of slot: TypedColumn, in row: inout CheckedRow) {
        row.values[slot.index] = v
        if slot.boundsPeriod, let d = v.day, latest.map({ d > $0 }) ?? true { latest = d }
    }

    func finish(_ run: inout FileRun) {
        run.report.latestDate = latest?.iso
    }
}
