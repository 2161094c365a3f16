import Common
import CSVReading
import TaskModel

/// Validates a set of files for one period: what `check` and `build` both do first.
public enum Checking {
    /// Validates every file with the options; without a period in them, the period is inferred
    /// from the data first (``RunReport/periodAssumed``). `progress` is told after each file,
    /// `onRow` gets every accepted row with the index of its file.
    public static func run(files: [String], options: ValidationOptions, today: Day, model: Model,
                           progress: ((Int, Int) -> Void)? = nil,
                           onRow: ((Int, AcceptedRow) -> Void)? = nil) -> (RunReport, [FileResult]) {
        var resolved = options
        let period = options.period ?? inferPeriod(files: files, options: options, today: today, model: model)
        resolved.period = period
        let validator = Validator(model: model, options: resolved)
        var results: [FileResult] = []
        for (i, file) in files.enumerated() {
            let sink = onRow.map { hand in { (row: AcceptedRow) in hand(i, row) } }
            results.append(validator.validate(path: file, onRow: sink))
            progress?(i + 1, files.count)
        }
        return (RunReport(period: period, periodAssumed: options.period == nil, files: results.map(\.report)), results)
    }

    /// The month whose data window holds the latest date in the files; the current month when
    /// they hold no date. A first pass reads with an open-ended window so no date is refused.
    static func inferPeriod(files: [String], options: ValidationOptions, today: Day, model: Model) -> Period {
        var scanning = options
        scanning.period = nil
        scanning.issueLimit = 0
        scanning.keepRows = false
        scanning.keepRejected = false
        let scan = Validator(model: model, options: scanning)
        let latest = files.compactMap { scan.validate(path: $0).report.latestDate.flatMap { Day(iso: $0) } }.max()
        let day = latest ?? today
        var p = Period(year: day.year, month: day.month, cutoffDay: model.cutoffDay)!
        if day > p.end { p = p.next }
        return p
    }
}
