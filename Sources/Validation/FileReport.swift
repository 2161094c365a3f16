import Common
import TaskModel

/// What validating one file found.
public struct FileReport: Sendable {
    /// The path as the user gave it (or as found under a folder the user gave).
    public var path: String
    public var sha256: String?
    /// The text encoding (`utf-8`, `windows-1258`, `tcvn3`, `utf-16le`, `utf-16be`).
    public var encoding: String?
    /// Whether the file began with a byte order mark.
    public var bom: Bool?
    public var delimiter: String?
    public var form: String?
    public var headerLine: Int?
    /// The worksheet, for a return read from a workbook (one report per sheet).
    public var sheet: String?
    /// The cell index (0-based) of each form column found in the header, by column key, so
    /// an issue in a workbook can name its cell (`NO01!D12`).
    public var cellOfColumn: [String: Int] = [:]
    public var rows = RowCounts()
    /// The issues listed, at most the issue limit of the run.
    public var issues: [Issue] = []
    /// Issues of each severity, counted even past the limit.
    public var errorCount = 0
    public var warningCount = 0
    public var infoCount = 0
    /// Issues not listed because the limit was reached.
    public var issuesOmitted = 0
    /// Codes of the units the file's rows named, in first-seen order.
    public var units: [String] = []
    /// The latest date read in any date cell, to infer a period when none is given.
    public var latestDate: String?
    /// The header's cells and the rejected rows as they were written, kept when asked for
    /// (`build` puts them on the unit's return slip), at most the issue limit of rows.
    public var headerCells: [String] = []
    public var rejectedRows: [RejectedRow] = []
    /// The month the file's name and title lines name (`T5`, `Tháng 5/2024`), if they agree on one.
    public var namedMonth: PeriodEvidence.Claim?
    /// The period the file's own evidence names when it is not the run's (`period-mismatch`):
    /// none of its rows count.
    public var belongsTo: String?
    /// The path of the later file for the same unit, form and period that replaces this one
    /// (`submission-superseded`): its rows and issues do not count.
    public var supersededBy: String?

    public init(path: String) { self.path = path }

    /// Whether the file's accepted rows go into the month's figures.
    public var counted: Bool { belongsTo == nil && supersededBy == nil }

    /// The file's name without its folders, as the clerk knows it.
    public var fileName: String { FileReport.fileName(of: path) }

    /// A path's name without its folders, as ``fileName`` shows it.
    public static func fileName(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    public var hasErrors: Bool { errorCount > 0 }

    /// Adds an issue to a report that holds few (a file that was not read), counting it.
    mutating func add(_ issue: Issue) {
        switch issue.severity {
        case .error: errorCount += 1
        case .warning: warningCount += 1
        case .info: infoCount += 1
        }
        issues.append(issue)
    }
}
