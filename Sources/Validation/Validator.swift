import Common
import CSVReading
import TaskModel

/// What a validation run needs besides the model.
public struct ValidationOptions: Sendable {
    /// The month the returns are for; dates after its window are errors.
    public var period: Period
    /// A form code that overrides detection (`--form`).
    public var form: String?
    public var read: ReadOptions
    /// How many issues a file lists at most; counts stay exact past it.
    public var issueLimit: Int
    /// Whether to keep accepted rows in the result; `check` only counts them.
    public var keepRows: Bool
    /// Whether to keep rejected rows' cells for the return slips.
    public var keepRejected: Bool

    public init(period: Period, form: String? = nil, read: ReadOptions = ReadOptions(), issueLimit: Int = 1000,
                keepRows: Bool = false, keepRejected: Bool = false) {
        self.period = period
        self.form = form
        self.read = read
        self.issueLimit = issueLimit
        self.keepRows = keepRows
        self.keepRejected = keepRejected
    }
}

/// Checks return files against the model (SPEC §2 and §4) and types their accepted rows.
///
/// A row with an error is rejected; warnings never reject. For every file
/// `read = accepted + rejected + skipped`.
public final class Validator {
    public let model: Model
    public let options: ValidationOptions
    private let registry: UnitRegistry
    let forms: [CompiledForm]
    private var unitCache: [String: UnitRegistry.Resolution] = [:]
    private let totalKeys: Set<String>

    /// How many lines may sit above the header (title lines, letterheads).
    public static let headerSearchLines = 15

    public init(model: Model, options: ValidationOptions) {
        self.model = model
        self.options = options
        registry = UnitRegistry(model: model)
        forms = model.forms.map { CompiledForm(form: $0, model: model) }
        totalKeys = Set(model.totalLabels.map { MatchKey.loose($0) })
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
            run.add(Issue(.error, error.code.rawValue, line: error.line, detail: .cause(Validator.cause(error))))
            return FileResult(report: run.report, rows: [])
        }
        run.report.sha256 = reader.sha256
        // A byte order mark is not an encoding: "CSV UTF-8" is reported as utf-8 with bom true.
        run.report.encoding = reader.encoding == .utf8BOM ? TextEncoding.utf8.rawValue : reader.encoding.rawValue
        run.report.bom = reader.hasBOM
        run.report.delimiter = String(UnicodeScalar(reader.delimiter))
        if reader.encodingGuessed {
            run.add(Issue(.warning, "encoding-guessed", value: reader.encoding.rawValue))
        }
        do {
            try validate(reader: reader, run: &run)
        } catch {
            // A read error mid-file: what was read stays counted; the rest of the file is unread.
            run.add(Issue(.error, error.code.rawValue, line: error.line, detail: .cause(Validator.cause(error))))
        }
        return FileResult(report: run.report, rows: run.rows)
    }

    static func cause(_ error: ReadError) -> String {
        error.byteOffset.map { "\(error.detail) (byte \($0))" } ?? error.detail
    }

    /// Reads every record of a CSV file into the record feed.
    private func validate(reader: CSVReader, run: inout FileRun) throws(ReadError) {
        var feed = RecordFeed(validator: self, dialect: NumberDialect(delimiter: reader.delimiter))
        while try reader.next() {
            let r = reader.record
            feed.add(SourceRecord(cells: (0..<r.count).map { r.field($0) }, typed: nil, line: r.line, blank: r.isBlank), run: &run)
        }
        feed.finish(run: &run)
    }

    /// A unit cell resolved once per distinct spelling; the memory is bounded, so a file full of
    /// different junk names costs time, not memory.
    func resolveUnit(_ text: String) -> UnitRegistry.Resolution {
        if let hit = unitCache[text] { return hit }
        let r = registry.resolve(text)
        if unitCache.count < 4096 { unitCache[text] = r }
        return r
    }

    private var totalsCache: [String: Bool] = [:]

    /// Whether a first cell marks a totals row; remembered, since the same unit names open
    /// most rows of a file.
    func isTotalsLabel(_ text: String) -> Bool {
        if let hit = totalsCache[text] { return hit }
        let answer = totalKeys.contains(MatchKey.loose(text))
        if totalsCache.count < 4096 { totalsCache[text] = answer }
        return answer
    }

    private var choiceCache: [String: [String: String?]] = [:]

    /// The canonical value of an enumeration for a cell's text, remembered per enumeration:
    /// a column holds few distinct spellings, and matching each through Unicode folding on
    /// every row would dominate the run.
    func canonical(_ text: String, in e: Enumeration) -> String? {
        if let hit = choiceCache[e.id]?[text] { return hit }
        let answer = e.canonical(text)
        if (choiceCache[e.id]?.count ?? 0) < 4096 { choiceCache[e.id, default: [:]][text] = .some(answer) }
        return answer
    }
}

/// The mutable state of one file's validation: its report, its kept rows, the issue limit.
struct FileRun {
    var report: FileReport
    var rows: [AcceptedRow] = []
    var onRow: ((AcceptedRow) -> Void)?
    let limit: Int

    init(report: FileReport, limit: Int) {
        self.report = report
        self.limit = limit
    }

    /// Values longer than this are shortened in the report: a 10 MB cell is named, not repeated.
    static let valueLimit = 200

    mutating func add(_ issue: Issue) {
        var issue = issue
        if let v = issue.value, v.count > FileRun.valueLimit {
            issue.value = String(v.prefix(FileRun.valueLimit)) + "… (\(v.count) ký tự)"
        }
        switch issue.severity {
        case .error: report.errorCount += 1
        case .warning: report.warningCount += 1
        case .info: report.infoCount += 1
        }
        if report.issues.count < limit { report.issues.append(issue) } else { report.issuesOmitted += 1 }
    }
}
