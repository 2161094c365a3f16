import Common
import CSVReading
import TaskModel

/// Runs the row checks over the data rows of one file, in file order, and counts each row
/// once: skipped (blank or totals), rejected (an error) or accepted.
///
/// The checks, in the order they see a row: ``TotalsRowCheck``, ``ExtraCellCheck``,
/// ``CellTypingCheck``, ``RuleCheck``, ``FindingCheck``, ``DuplicateRowCheck``,
/// ``ChecklistCheck``. Rules, findings and duplicates only look at rows without errors.
struct RowChecker {
    let form: CompiledForm
    let options: ValidationOptions
    /// Columns then computed columns.
    private let valueCount: Int
    private var totals: TotalsRowCheck
    private let extraCells: ExtraCellCheck
    private var typing: CellTypingCheck
    private let rules: RuleCheck
    private let findings: FindingCheck
    private var duplicates: DuplicateRowCheck
    private var checklist: ChecklistCheck

    init(form: CompiledForm, layout: HeaderLayout, model: Model, lookups: CellLookups, dialect: NumberDialect,
         period: Period, options: ValidationOptions, datesMonthFirst: Bool = false) {
        self.form = form
        self.options = options
        valueCount = form.form.columns.count + form.form.computed.count
        totals = TotalsRowCheck(form: form, layout: layout, lookups: lookups, dialect: dialect)
        extraCells = ExtraCellCheck(width: layout.width)
        typing = CellTypingCheck(form: form, layout: layout, lookups: lookups,
                                 parser: CellParser(dialect: dialect, period: period, monthFirst: datesMonthFirst))
        rules = RuleCheck(form: form, layout: layout, computed: ComputedColumns(form: form.form, period: period), period: period)
        findings = FindingCheck(form: form, period: period)
        duplicates = DuplicateRowCheck(form: form)
        checklist = ChecklistCheck(form: form, model: model)
    }

    /// Every code the row checks can raise.
    var codes: [IssueCode] {
        totals.codes + extraCells.codes + typing.codes + rules.codes + findings.codes + duplicates.codes + checklist.codes
    }

    mutating func check(_ record: SourceRecord, run: inout FileRun) {
        run.report.rows.read += 1
        if record.blank {
            run.report.rows.skipped += 1
            return
        }
        var row = CheckedRow(cells: record.cells, typed: record.typed, line: record.line, valueCount: valueCount)
        totals.check(&row)
        if row.isTotals {
            run.report.rows.skipped += 1
            for issue in row.issues { run.add(issue) }
            return
        }
        extraCells.check(&row)
        typing.check(&row)
        rules.check(&row)
        findings.check(&row)
        duplicates.check(&row)
        checklist.check(&row)
        totals.add(row)
        for issue in row.issues { run.add(issue) }
        row.hasErrors ? reject(row, run: &run) : accept(row, run: &run)
    }

    /// After the last row: what the checks say about the file as a whole.
    func finish(run: inout FileRun) {
        typing.finish(&run)
        checklist.finish(&run)
    }

    private func reject(_ row: CheckedRow, run: inout FileRun) {
        run.report.rows.rejected += 1
        if options.keepRejected && run.report.rejectedRows.count < run.limit {
            run.report.rejectedRows.append(RejectedRow(line: row.line, cells: row.cells.map { String($0.prefix(FileRun.valueLimit)) }))
        }
    }

    private func accept(_ row: CheckedRow, run: inout FileRun) {
        run.report.rows.accepted += 1
        guard case .unit(let code)? = row.values[form.unitColumn], options.keepRows || run.onRow != nil else { return }
        let accepted = AcceptedRow(form: form.form.code, unit: code, values: row.values, line: row.line, findings: row.findings)
        run.onRow?(accepted)
        if options.keepRows { run.rows.append(accepted) }
    }
}
