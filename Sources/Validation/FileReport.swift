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

    public init(path: String) { self.path = path }

    /// The file's name without its folders, as the clerk knows it.
    public var fileName: String { path.split(separator: "/").last.map(String.init) ?? path }

    public var hasErrors: Bool { errorCount > 0 }
}
