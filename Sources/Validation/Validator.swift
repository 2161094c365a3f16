import Common
import CSVReading
import TaskModel

/// Checks return files against the model (SPEC §2 and §4) and types their accepted rows.
///
/// A file goes through: reading (encoding, dialect: `io-error`, `encoding-invalid`,
/// `encoding-guessed`, `csv-malformed`), ``HeaderSearch`` (the header and the form),
/// ``HeaderLayout`` (where each column sits), then ``RowChecker`` and its checks on every row.
/// A row with an error is rejected; warnings never reject. For every file
/// `read = accepted + rejected + skipped`.
public final class Validator {
    public let model: Model
    public let options: ValidationOptions
    /// The period checked: the one given, else an open-ended window that refuses no date.
    public let period: Period
    private let forms: [CompiledForm]
    private let lookups: CellLookups
    private let ignoredHeaders: Set<String>

    /// The codes a file can get before its rows are checked (reading, header, columns); with
    /// ``RowChecker``'s codes, every code validation raises.
    static let fileCodes: [IssueCode] = [.ioError, .encodingInvalid, .csvMalformed, .encodingGuessed]
        + HeaderSearch.codes + HeaderLayout.codes + DateOrderVote.codes

    /// How many lines may sit above the header (title lines, letterheads).
    public static let headerSearchLines = 15

    public init(model: Model, options: ValidationOptions) {
        self.model = model
        self.options = options
        period = options.period ?? Period(year: 9999, month: 12, cutoffDay: model.cutoffDay)!
        forms = model.forms.map { CompiledForm(form: $0, model: model) }
        lookups = CellLookups(model: model)
        ignoredHeaders = Set(model.ignoredHeaders.map { MatchKey.loose($0) })
    }

    /// Validates one file; each accepted row is also handed to `onRow` as it is found, so a
    /// caller can consolidate a file of any size without holding its rows.
    public func validate(path: String, onRow: ((AcceptedRow) -> Void)? = nil) -> FileResult {
        var run = FileRun(report: FileReport(path: path), limit: options.issueLimit)
        run.onRow = onRow
        let reader: CSVReader
        do {
            reader = try CSVReader(path: path, options: options.read)
        } catch {
            run.add(Validator.issue(error))
            return FileResult(report: run.report, rows: [])
        }
        run.report.sha256 = reader.sha256
        // A byte order mark is not an encoding: "CSV UTF-8" is reported as utf-8 with bom true.
        run.report.encoding = reader.encoding == .utf8BOM ? TextEncoding.utf8.rawValue : reader.encoding.rawValue
        run.report.bom = reader.hasBOM
        run.report.delimiter = String(UnicodeScalar(reader.delimiter))
        if reader.encodingGuessed {
            run.add(Issue(.encodingGuessed, value: reader.encoding.rawValue))
        }
        validate(reader: reader, run: &run)
        if let error = run.readFailure {
            // A read error mid-file: the records before it are checked and counted as usual. An
            // unterminated quote swallows the rest of the file into one broken record, a rejected
            // row; after any other error the rest of the file is unread.
            run.add(Validator.issue(error))
            if error.isUnterminatedQuote {
                run.report.rows.read += 1
                run.report.rows.rejected += 1
            }
        }
        return FileResult(report: run.report, rows: run.rows)
    }

    /// A read error as the report shows it, with the byte offset when there is one.
    static func issue(_ error: ReadError) -> Issue {
        let cause = error.byteOffset.map { "\(error.detail) (byte \($0))" } ?? error.detail
        return Issue(error.code, line: error.line, detail: .cause(cause))
    }

    /// The next record; false at the end of the file or at a read error, which is kept in
    /// ``FileRun/readFailure`` so the records read before it still count.
    private func next(_ reader: CSVReader, _ run: inout FileRun) -> Bool {
        do { return try reader.next() } catch {
            run.readFailure = error
            return false
        }
    }

    private func validate(reader: CSVReader, run: inout FileRun) {
        var buffered: [BufferedRecord] = []
        while buffered.count < Validator.headerSearchLines, next(reader, &run) {
            let r = reader.record
            buffered.append(BufferedRecord(cells: (0..<r.count).map { r.field($0) }, line: r.line, blank: r.isBlank))
        }
        let (headerIndex, form): (Int, CompiledForm)
        switch HeaderSearch(forms: forms, formCode: options.form).search(buffered) {
        case .found(let index, let found):
            (headerIndex, form) = (index, found)
        case .ambiguous(let index, let codes):
            run.add(Issue(.formAmbiguous, line: buffered[index].line, detail: .candidates(codes)))
            // The records after an ambiguous header are the file's rows.
            return rejectRest(buffered: buffered.dropFirst(index + 1), reader: reader, run: &run)
        case .unknown(let index):
            run.add(Issue(.formUnknown, line: buffered[index].line))
            return rejectRest(buffered: buffered[...], reader: reader, run: &run)
        case .notFound:
            run.add(Issue(.headerNotFound, detail: .searchedLines(Validator.headerSearchLines)))
            return rejectRest(buffered: buffered[...], reader: reader, run: &run)
        }
        let header = buffered[headerIndex]
        run.report.form = form.form.code
        run.report.headerLine = header.line
        if options.keepRejected { run.report.headerCells = header.cells }
        let layout = HeaderLayout(cells: header.cells, form: form, line: header.line, ignored: ignoredHeaders)
        for issue in layout.issues { run.add(issue) }
        if layout.issues.contains(where: { $0.severity == .error }) {
            return rejectRest(buffered: buffered.dropFirst(headerIndex + 1), reader: reader, run: &run)
        }
        // Rows wait until the file has shown which way it writes its dates.
        var held = Array(buffered.dropFirst(headerIndex + 1))
        var order = DateOrderVote(form: form, layout: layout)
        for rec in held { order.see(rec.cells) }
        while !order.settled, held.count < DateOrderVote.limit, next(reader, &run) {
            let r = reader.record
            held.append(BufferedRecord(cells: (0..<r.count).map { r.field($0) }, line: r.line, blank: r.isBlank))
            order.see(held[held.count - 1].cells)
        }
        if order.monthFirst { run.add(Issue(.dateOrderUS, value: order.monthFirstExample)) }
        var rows = RowChecker(form: form, layout: layout, model: model, lookups: lookups,
                              dialect: NumberDialect(delimiter: reader.delimiter), period: period, options: options,
                              datesMonthFirst: order.monthFirst)
        for rec in held {
            rows.check(cells: rec.cells, line: rec.line, blank: rec.blank, run: &run)
        }
        while next(reader, &run) {
            let r = reader.record
            rows.check(cells: (0..<r.count).map { r.field($0) }, line: r.line, blank: r.isBlank, run: &run)
        }
        rows.finish(run: &run)
    }

    /// Counts every remaining record of a file that cannot be read as a form: blank ones
    /// skipped, the others rejected, so nothing is lost without a trace.
    private func rejectRest(buffered: ArraySlice<BufferedRecord>, reader: CSVReader, run: inout FileRun) {
        for rec in buffered {
            run.report.rows.read += 1
            if rec.blank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
        }
        while next(reader, &run) {
            run.report.rows.read += 1
            if reader.record.isBlank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
        }
    }
}
