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
    /// The code the feed adds itself, besides the header search's and the row checks'.
    static let codes: [IssueCode] = [.templateOutdated, .periodMismatch] + DateOrderVote.codes

    private enum State {
        case searching([SourceRecord])
        /// Rows held back until the file has shown which way it writes its dates.
        case holding(HeldRows)
        /// The rows go to ``checker``.
        case checking
        /// No usable header: every record is counted, none is checked.
        case rejecting
    }

    private var state = State.searching([])
    /// Kept out of `state`: a checker inside an enum payload would be copied out and back,
    /// with a retain and release of each of its parts, for every record.
    private var checker: RowChecker?
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
        case .holding(var held):
            state = .rejecting
            held.records.append(record)
            held.vote.see(record)
            if held.vote.settled || held.records.count >= DateOrderVote.limit {
                release(held, run: &run)
            } else {
                state = .holding(held)
            }
        case .checking:
            checker?.check(record, run: &run)
        case .rejecting:
            RecordFeed.count(record, run: &run)
        }
    }

    /// Ends the file: a short file's header search, the per-file checks.
    mutating func finish(run: inout FileRun) {
        if case .searching(let buffered) = state { start(buffered, run: &run) }
        if case .holding(let held) = state { release(held, run: &run) }
        if case .checking = state, let rows = checker {
            rows.finish(run: &run)
            validator.refuseIfDatedLater(&run)
        }
    }

    private static func count(_ record: SourceRecord, run: inout FileRun) {
        run.report.rows.read += 1
        if record.blank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
    }

    /// Finds the header and the form among the first records, then checks the records after it.
    private mutating func start(_ buffered: [SourceRecord], run: inout FileRun) {
        let (headerIndex, form): (Int, CompiledForm)
        switch HeaderSearch(forms: validator.forms, formCode: validator.options.form).search(buffered) {
        case .found(let index, let found):
            (headerIndex, form) = (index, found)
        case .ambiguous(let index, let codes):
            noForm = true
            run.add(Issue(.formAmbiguous, line: buffered[index].line, detail: .candidates(codes)))
            // The records after an ambiguous header are the file's rows.
            return reject(buffered.dropFirst(index + 1), run: &run)
        case .unknown(let index):
            noForm = true
            run.add(Issue(.formUnknown, line: buffered[index].line))
            return reject(buffered[...], run: &run)
        case .notFound:
            noForm = true
            run.add(Issue(.headerNotFound, detail: .searchedLines(Validator.headerSearchLines)))
            return reject(buffered[...], run: &run)
        }
        let header = buffered[headerIndex]
        run.report.form = form.form.code
        run.report.headerLine = header.line
        if validator.options.keepRejected { run.report.headerCells = header.cells }
        for rec in buffered.prefix(headerIndex) { checkTemplateVersion(rec, run: &run) }
        let titles = [run.report.fileName] + buffered[..<headerIndex].map { $0.cells.joined(separator: " ") }
        run.report.namedMonth = PeriodEvidence.claim(in: titles)
        let options = validator.options
        if options.checkPeriodEvidence, let period = options.period, let claim = run.report.namedMonth, claim.contradicts(period) {
            run.refuse(belongingTo: claim.period(near: period), asked: period)
            return reject(buffered.dropFirst(headerIndex + 1), run: &run)
        }
        let layout = HeaderLayout(cells: header.cells, form: form, line: header.line, ignored: validator.ignoredHeaders)
        run.report.cellOfColumn = Dictionary(uniqueKeysWithValues: form.form.columns.enumerated().compactMap { ci, col in
            layout.cellOfColumn[ci].map { (col.key, $0) }
        })
        for issue in layout.issues { run.add(issue) }
        if layout.issues.contains(where: { $0.severity == .error }) {
            return reject(buffered.dropFirst(headerIndex + 1), run: &run)
        }
        var held = HeldRows(form: form, layout: layout, records: Array(buffered.dropFirst(headerIndex + 1)),
                            vote: DateOrderVote(form: form, layout: layout))
        for rec in held.records { held.vote.see(rec) }
        if held.vote.settled { release(held, run: &run) } else { state = .holding(held) }
    }

    /// The date order is decided (or can wait no longer): the held rows are checked, read
    /// month first if the file writes its dates so (`date-order-us`).
    private mutating func release(_ held: HeldRows, run: inout FileRun) {
        if held.vote.monthFirst { run.add(Issue(.dateOrderUS, value: held.vote.monthFirstExample)) }
        var rows = RowChecker(form: held.form, layout: held.layout, model: validator.model, lookups: validator.lookups,
                              dialect: dialect, period: validator.period, options: validator.options,
                              datesMonthFirst: held.vote.monthFirst)
        for rec in held.records { rows.check(rec, run: &run) }
        checker = rows
        state = .checking
    }

    /// The header's form and layout with the rows read after it, and the vote on their dates.
    private struct HeldRows {
        let form: CompiledForm
        let layout: HeaderLayout
        var records: [SourceRecord]
        var vote: DateOrderVote
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
                run.add(Issue(.templateOutdated, line: record.line, value: version,
                              detail: .versions(template: version, model: validator.model.version)))
            }
        }
    }
}
