import Common
import CSVReading
import TaskModel

/// Checks return files against the model (SPEC §2 and §4) and types their accepted rows.
///
/// A file goes through: reading (encoding, dialect: `io-error`, `encoding-invalid`,
/// `encoding-guessed`, `csv-malformed`; for a workbook ``validateAll(path:onRow:)``), then a
/// ``RecordFeed`` of its records: ``HeaderSearch`` (the header and the form),
/// ``HeaderLayout`` (where each column sits), then ``RowChecker`` and its checks on every row.
/// A row with an error is rejected; warnings never reject. For every file
/// `read = accepted + rejected + skipped`.
public final class Validator {
    public let model: Model
    public let options: ValidationOptions
    /// The period checked: the one given, else an open-ended window that refuses no date.
    public let period: Period
    let forms: [CompiledForm]
    let lookups: CellLookups
    let ignoredHeaders: Set<String>

    /// The codes a file can get before its rows are checked (reading, header, columns); with
    /// ``RowChecker``'s codes, every code validation raises.
    static let fileCodes: [IssueCode] = [.ioError, .encodingInvalid, .csvMalformed, .encodingGuessed]
        + HeaderSearch.codes + HeaderLayout.codes + RecordFeed.codes + Validator.workbookCodes

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
    ///
    /// `shownAs` is the path reported and read for period evidence when the bytes are read
    /// from elsewhere (a copy kept in the archive).
    public func validate(path: String, shownAs: String? = nil, onRow: ((AcceptedRow) -> Void)? = nil) -> FileResult {
        var run = FileRun(report: FileReport(path: shownAs ?? path), limit: options.issueLimit)
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

    /// Feeds every record of a CSV file to the record feed, up to a read error.
    private func validate(reader: CSVReader, run: inout FileRun) {
        var feed = RecordFeed(validator: self, dialect: NumberDialect(delimiter: reader.delimiter))
        while next(reader, &run) {
            let r = reader.record
            feed.add(SourceRecord(cells: (0..<r.count).map { r.field($0) }, typed: nil, line: r.line, blank: r.isBlank), run: &run)
        }
        feed.finish(run: &run)
    }

    /// A file whose name and titles are silent but most of whose rows are dated after the
    /// window belongs to a later period: it is refused as a whole, its accepted rows with it.
    func refuseIfDatedLater(_ run: inout FileRun) {
        let rows = run.report.rows
        guard options.checkPeriodEvidence, let period = options.period, run.rowsDatedLater * 2 > rows.accepted + rows.rejected,
              let latest = run.latestDateAfterWindow else { return }
        run.refuse(belongingTo: Period.containing(latest, cutoffDay: period.cutoffDay), asked: period)
        run.report.rows.rejected += rows.accepted
        run.report.rows.accepted = 0
        run.rows = []
    }
}
