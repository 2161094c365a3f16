import Common
import CSVReading

/// The mutable state of one file's validation: its report, its kept rows, the issue limit.
struct FileRun {
    var report: FileReport
    var rows: [AcceptedRow] = []
    var onRow: ((AcceptedRow) -> Void)?
    /// The error that stopped reading the file early, if any.
    var readFailure: ReadError?
    let limit: Int

    init(report: FileReport, limit: Int) {
        self.report = report
        self.limit = limit
    }

    /// Values longer than this are shortened in the report: a 10 MB cell is named, not repeated.
    static let valueLimit = 200

    /// Rows with a date after the window, and the latest such date: the evidence of a later period.
    var rowsDatedLater = 0
    var latestDateAfterWindow: Day?
    private var lastLineDatedLater: Int?

    /// Marks the file as another period's (`period-mismatch`).
    mutating func refuse(belongingTo other: Period, asked: Period) {
        report.belongsTo = other.description
        add(Issue(.periodMismatch, value: other.description, detail: .periods(file: other.description, checked: asked.description)))
    }

    mutating func add(_ issue: Issue) {
        if issue.code == .dateAfterPeriod, let line = issue.line {
            if line != lastLineDatedLater { rowsDatedLater += 1 }
            lastLineDatedLater = line
            if let day = issue.value.flatMap({ try? ValueParser.date($0).get() })?.day, latestDateAfterWindow.map({ day > $0 }) ?? true {
                latestDateAfterWindow = day
            }
        }
        var issue = issue
        if let v = issue.value, v.count > FileRun.valueLimit {
            issue.value = String(v.prefix(FileRun.valueLimit)) + "…"
            issue.valueLength = v.count
        }
        switch issue.severity {
        case .error: report.errorCount += 1
        case .warning: report.warningCount += 1
        case .info: report.infoCount += 1
        }
        if report.issues.count < limit { report.issues.append(issue) } else { report.issuesOmitted += 1 }
    }
}
