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
    /// A registry per unit kind: a form's unit cells resolve among the units that send it.
    private let registries: [String: UnitRegistry]
    private let forms: [CompiledForm]
    private var unitCache: [String: UnitRegistry.Resolution] = [:]
    private let totalKeys: Set<String>

    /// How many lines may sit above the header (title lines, letterheads).
    public static let headerSearchLines = 15

    public init(model: Model, options: ValidationOptions) {
        self.model = model
        self.options = options
        registries = Dictionary(model.unitKinds.map { ($0.id, UnitRegistry(model: model, kind: $0.id)) }, uniquingKeysWith: { a, _ in a })
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

    // MARK: - Header and form

    private struct Buffered {
        let cells: [String]
        let line: Int
        let blank: Bool
    }

    private func validate(reader: CSVReader, run: inout FileRun) throws(ReadError) {
        var buffered: [Buffered] = []
        while buffered.count < Validator.headerSearchLines, try reader.next() {
            let r = reader.record
            buffered.append(Buffered(cells: (0..<r.count).map { r.field($0) }, line: r.line, blank: r.isBlank))
        }
        let forced = options.form.flatMap { code in forms.first { $0.form.code.uppercased() == code.uppercased() } }
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
                let found = codesMentioned(rec.cells)
                if !found.isEmpty { titleForms = found }
            }
        }
        guard let (headerIndex, form) = header else {
            if let amb = ambiguous {
                run.add(Issue(.error, "form-ambiguous", line: amb.line, detail: .candidates(amb.codes)))
            } else if let h = headerish {
                run.add(Issue(.error, "form-unknown", line: buffered[h].line))
            } else {
                run.add(Issue(.error, "header-not-found", detail: .cause("\(Validator.headerSearchLines)")))
            }
            // With an ambiguous header the records after it are the file's rows; otherwise all are.
            let after = ambiguous.flatMap { amb in buffered.firstIndex { $0.line == amb.line } }.map { $0 + 1 } ?? 0
            try rejectRest(buffered: buffered.dropFirst(after), reader: reader, run: &run)
            return
        }
        run.report.form = form.form.code
        run.report.headerLine = buffered[headerIndex].line
        if options.keepRejected { run.report.headerCells = buffered[headerIndex].cells }
        let layout = HeaderLayout(cells: buffered[headerIndex].cells, form: form, line: buffered[headerIndex].line,
                                  ignored: Set(model.ignoredHeaders.map { MatchKey.loose($0) }))
        for issue in layout.issues { run.add(issue) }
        if layout.issues.contains(where: { $0.severity == .error }) {
            try rejectRest(buffered: buffered.dropFirst(headerIndex + 1), reader: reader, run: &run)
            return
        }
        var rows = RowChecker(form: form, layout: layout, validator: self,
                              dialect: NumberDialect(delimiter: reader.delimiter), period: options.period)
        for rec in buffered.dropFirst(headerIndex + 1) {
            rows.check(cells: rec.cells, line: rec.line, blank: rec.blank, run: &run)
        }
        while try reader.next() {
            let r = reader.record
            rows.check(cells: (0..<r.count).map { r.field($0) }, line: r.line, blank: r.isBlank, run: &run)
        }
        rows.finish(run: &run)
    }

    /// Forms whose code appears as a word in a title line ("Biểu NO01 - …", "Mẫu NO-01").
    private func codesMentioned(_ cells: [String]) -> [CompiledForm] {
        var words: [String] = []
        for cell in cells {
            let parts = cell.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map { MatchKey.loose($0) }
            words += parts
            words += zip(parts, parts.dropFirst()).map { $0 + $1 }
        }
        let set = Set(words)
        return forms.filter { set.contains($0.codeKey) }
    }

    /// Counts every remaining record of a file that cannot be read as a form: blank ones
    /// skipped, the others rejected, so nothing is lost without a trace.
    private func rejectRest(buffered: ArraySlice<Buffered>, reader: CSVReader, run: inout FileRun) throws(ReadError) {
        for rec in buffered {
            run.report.rows.read += 1
            if rec.blank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
        }
        while try reader.next() {
            run.report.rows.read += 1
            if reader.record.isBlank { run.report.rows.skipped += 1 } else { run.report.rows.rejected += 1 }
        }
    }

    /// A unit cell resolved once per distinct spelling; the memory is bounded, so a file full of
    /// different junk names costs time, not memory.
    func resolveUnit(_ text: String, kind: String) -> UnitRegistry.Resolution {
        let key = kind + "\u{1}" + text
        if let hit = unitCache[key] { return hit }
        let r = registries[kind]?.resolve(text) ?? .unknown(suggestions: [])
        if unitCache.count < 4096 { unitCache[key] = r }
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
