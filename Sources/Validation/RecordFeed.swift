import Common
import Foundation
import CSVReading
import TaskModel

/// The records of one return, fed one at a time as they are read (a CSV reader's loop, or a
/// worksheet streaming by): the header search over the first lines, then the row checks.
///
/// Pushing records in, rather than pulling them from a reader, lets a worksheet parsed by a
/// push parser go through exactly the same validation as a CSV file.
struct RecordFeed {
    private enum State {
        case searching([SourceRecord])
        case checking(RowChecker)
        /// No usable header: every record is counted, none is checked.
        case rejecting
    }

    private var state = State.searching([])
    private unowned let validator: Validator
    private let dialect: NumberDialect
    /// Whether the header search found no form (`header-not-found`, `form-unknown`,
    /// `form-ambiguous`): in a workbook, a sheet that is not a return.
    private(set) var noForm = false

    init(validator: Validator, dialect: NumberDialect) {
        self.validator = validator
        self.dialect = dialect
    }

    mutating func add(_ record: SourceRecord, run: inout FileRun) {
        switch state {
        case .searching(var buffered):
            buffered.append(record)
            state = .rejecting  // drop the buffer's reference so appending does not copy
            if buffered.count < Validator.headerSearchLines {
                state = .searching(buffered)
            } else {
                start(buffered, run: &run)
            }
        case .checking(var rows):
            state = .rejecting
            rows.check(record, run: &run)
            state = .checking(rows)
        case .rejecting:
            RecordFeed.count(record, run: &run)
        }
    }

    /// Ends the file: a short file's header search, the per-file checks.
    mutating func finish(run: inout FileRun) {
        if case .searching(let buffered) = state { start(buffered, run: &run) }
        if case .checking(var rows) = state { rows.finish(run: &run) }
    }

    private static func count(_ record: SourceRecord, run: inout FileRun) {
        run.report.rows.read += 1
        if record.blank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
    }

    /// Finds the header and the form among the first records, then checks the records after it.
    private mutating func start(_ buffered: [SourceRecord], run: inout FileRun) {
        let forms = validator.forms
        let forced = validator.options.form.flatMap { code in forms.first { $0.form.code.uppercased() == code.uppercased() } }
        var titleForms: [CompiledForm] = []
        var header: (index: Int, form: CompiledForm)?
        var headerish: Int?
        var ambiguous: (line: Int, codes: [String])?
        for (i, rec) in buffered.enumerated() where !rec.blank {
            let nonEmpty = rec.cells.filter { !$0.isEmpty }.count
            let pool = forced.map { [$0] } ?? (titleForms.isEmpty ? forms : titleForms)
            let scored = pool.map { ($0, $0.matches(rec.cells)) }
            let best = scored.map(\.1).max() ?? 0
            // A header names mostly known columns, or at least every required column of a form
            // (a header followed by many unknown columns is still the header).
            let namesAForm = scored.contains { $0.1 == best && best >= $0.0.requiredCount }
            if best >= 2 && (best * 2 >= nonEmpty || namesAForm) {
                let top = scored.filter { $0.1 == best }.map(\.0)
                let complete = top.filter { f in
                    f.form.columns.enumerated().allSatisfy { ci, c in
                        c.requirement != .required || rec.cells.contains { f.headerKeys[MatchKey.loose($0)] == ci }
                    }
                }
                let chosen = complete.count == 1 ? complete : top
                if chosen.count == 1 {
                    header = (i, chosen[0])
                } else {
                    ambiguous = (rec.line, chosen.map(\.form.code))
                }
                break
            }
            if best >= 1 && nonEmpty >= 2 && headerish == nil { headerish = i }
            if forced == nil {
                let found = codesMentioned(rec.cells, forms: forms)
                if !found.isEmpty { titleForms = found }
            }
        }
        guard let (headerIndex, form) = header else {
            noForm = true
            if let amb = ambiguous {
                run.add(Issue(.error, "form-ambiguous", line: amb.line, detail: .candidates(amb.codes)))
            } else if let h = headerish {
                run.add(Issue(.error, "form-unknown", line: buffered[h].line))
            } else {
                run.add(Issue(.error, "header-not-found", detail: .cause("\(Validator.headerSearchLines)")))
            }
            // With an ambiguous header the records after it are the file's rows; otherwise all are.
            let after = ambiguous.flatMap { amb in buffered.firstIndex { $0.line == amb.line } }.map { $0 + 1 } ?? 0
            reject(buffered.dropFirst(after), run: &run)
            return
        }
        let headerRecord = buffered[headerIndex]
        run.report.form = form.form.code
        run.report.headerLine = headerRecord.line
        if validator.options.keepRejected { run.report.headerCells = headerRecord.cells }
        for rec in buffered.prefix(headerIndex) { checkTemplateVersion(rec, run: &run) }
        let layout = HeaderLayout(cells: headerRecord.cells, form: form, line: headerRecord.line,
                                  ignored: Set(validator.model.ignoredHeaders.map { MatchKey.loose($0) }))
        run.report.cellOfColumn = Dictionary(uniqueKeysWithValues: form.form.columns.enumerated().compactMap { ci, col in
            layout.cellOfColumn[ci].map { (col.key, $0) }
        })
        for issue in layout.issues { run.add(issue) }
        if layout.issues.contains(where: { $0.severity == .error }) {
            reject(buffered.dropFirst(headerIndex + 1), run: &run)
            return
        }
        var rows = RowChecker(form: form, layout: layout, validator: validator, dialect: dialect, period: validator.options.period)
        for rec in buffered.dropFirst(headerIndex + 1) { rows.check(rec, run: &run) }
        state = .checking(rows)
    }

    private mutating func reject(_ records: ArraySlice<SourceRecord>, run: inout FileRun) {
        for rec in records { RecordFeed.count(rec, run: &run) }
        state = .rejecting
    }

    /// A title line of a template (`… (mẫu TongHop, mô hình 2024.1)`) made from another
    /// version of the model than the one in use: `template-outdated`.
    private func checkTemplateVersion(_ record: SourceRecord, run: inout FileRun) {
        for cell in record.cells {
            guard let range = cell.range(of: Model.templateMarker) else { continue }
            let version = cell[range.upperBound...].prefix { $0 != ")" }.trimmingCharacters(in: .whitespaces)
            if !version.isEmpty && version != validator.model.version {
                run.add(Issue(.warning, "template-outdated", line: record.line, value: version))
            }
        }
    }

    /// Forms whose code appears as a word in a title line ("Biểu NO01 - …", "Mẫu NO-01").
    private func codesMentioned(_ cells: [String], forms: [CompiledForm]) -> [CompiledForm] {
        var words: [String] = []
        for cell in cells {
            let parts = cell.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { MatchKey.loose($0) }
            words += parts
            words += zip(parts, parts.dropFirst()).map { $0 + $1 }
        }
        let set = Set(words)
        return forms.filter { set.contains($0.codeKey) }
    }
}
