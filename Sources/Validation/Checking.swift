import Common
import CSVReading
import TaskModel

/// Validates a set of files for one period: what `check` and `build` both do first.
public enum Checking {
    public struct Request: Sendable {
        public var files: [String]
        /// Files and folders found but not read (``InputFiles/survey(_:)``), listed in the report.
        public var notRead: [InputFiles.NotRead]
        /// `nil`: infer it from the data (and say so in the report).
        public var period: Period?
        public var form: String?
        public var read: ReadOptions
        public var issueLimit: Int
        public var keepRows: Bool
        /// Keep refused rows as written, for return slips.
        public var keepRejected: Bool
        /// The day used when the data has no date to infer a period from.
        public var today: Day

        public init(files: [String], period: Period?, form: String? = nil, read: ReadOptions = ReadOptions(),
                    issueLimit: Int = 1000, keepRows: Bool = false, keepRejected: Bool = false, today: Day,
                    notRead: [InputFiles.NotRead] = []) {
            self.files = files
            self.notRead = notRead
            self.period = period
            self.form = form
            self.read = read
            self.issueLimit = issueLimit
            self.keepRows = keepRows
            self.keepRejected = keepRejected
            self.today = today
        }
    }

    /// Validates every file; `progress` is told after each one, `onRow` gets every accepted row
    /// with the index of its file.
    public static func run(_ request: Request, model: Model, progress: ((Int, Int) -> Void)? = nil,
                           onRow: ((Int, AcceptedRow) -> Void)? = nil) -> (RunReport, [FileResult]) {
        var period = request.period
        if period == nil {
            period = inferPeriod(request, model: model)
        }
        let chosen = period!
        let options = ValidationOptions(period: chosen, form: request.form, read: request.read,
                                        issueLimit: request.issueLimit, keepRows: request.keepRows, keepRejected: request.keepRejected)
        let validator = Validator(model: model, options: options)
        var results: [FileResult] = []
        for (i, file) in request.files.enumerated() {
            // A workbook gives one result per form sheet; rows name their result by index.
            let base = results.count
            let sink = onRow.map { hand in { (sheet: Int, row: AcceptedRow) in hand(base + sheet, row) } }
            results += validator.validateAll(path: file, onRow: sink)
            progress?(i + 1, request.files.count)
        }
        for item in request.notRead {
            var report = FileReport(path: item.path)
            report.add(item.reason.issue)
            results.append(FileResult(report: report, rows: []))
        }
        return (RunReport(period: chosen, periodAssumed: request.period == nil, files: results.map(\.report)), results)
    }

    /// The month whose data window holds the latest date in the files; the current month when
    /// they hold no date. A first pass reads with an open-ended window so no date is refused.
    static func inferPeriod(_ request: Request, model: Model) -> Period {
        let open = Period(year: 9999, month: 12, cutoffDay: model.cutoffDay)!
        let scan = Validator(model: model, options: ValidationOptions(period: open, form: request.form, read: request.read, issueLimit: 0))
        let latest = request.files.flatMap { scan.validateAll(path: $0) }.compactMap { $0.report.latestDate.flatMap { Day(iso: $0) } }.max()
        let day = latest ?? request.today
        var p = Period(year: day.year, month: day.month, cutoffDay: model.cutoffDay)!
        if day > p.end { p = p.next }
        return p
    }
}
