import Common
import CSVReading
import TaskModel

/// Validates a set of files for one period: what `check` and `build` both do first.
public enum Checking {
    public struct Request: Sendable {
        public var files: [String]
        /// The paths to report for `files`, when their bytes are read from elsewhere (copies
        /// kept in the archive); `nil`: the files' own paths.
        public var shownAs: [String]?
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
                    issueLimit: Int = 1000, keepRows: Bool = false, keepRejected: Bool = false, today: Day) {
            self.files = files
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
            let sink = onRow.map { hand in { (row: AcceptedRow) in hand(i, row) } }
            results.append(validator.validate(path: file, shownAs: request.shownAs?[i], onRow: sink))
            progress?(i + 1, request.files.count)
        }
        var reports = results.map(\.report)
        Supersession.apply(to: &reports, model: model)
        for i in results.indices where !reports[i].counted { results[i].rows = [] }
        for i in results.indices { results[i].report = reports[i] }
        return (RunReport(period: chosen, periodAssumed: request.period == nil, files: reports), results)
    }

    /// The month whose data window holds the latest date in the files; the current month when
    /// they hold no date. A first pass reads with an open-ended window so no date is refused.
    static func inferPeriod(_ request: Request, model: Model) -> Period {
        let open = Period(year: 9999, month: 12, cutoffDay: model.cutoffDay)!
        var options = ValidationOptions(period: open, form: request.form, read: request.read, issueLimit: 0)
        options.checkPeriodEvidence = false
        let scan = Validator(model: model, options: options)
        let latest = request.files.compactMap { scan.validate(path: $0).report.latestDate.flatMap { Day(iso: $0) } }.max()
        return Period.containing(latest ?? request.today, cutoffDay: model.cutoffDay)
    }
}
