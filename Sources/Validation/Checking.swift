import Foundation
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

    /// The month the files are for, when none is given (``RunReport/periodAssumed``).
    ///
    /// Each file votes once, for the window holding its latest date, so one wrong date moves
    /// one vote, not the month; the month most files vote for wins (the later on a tie), the
    /// current month when no file has a date. Where the file names agree on a month (`T5`,
    /// `tháng 5/2024`, ``PeriodEvidence``), most of them decide the month instead, in the year
    /// nearest the dates. A first pass reads with an open-ended window so no date is refused.
    static func inferPeriod(files: [String], options: ValidationOptions, today: Day, model: Model) -> Period {
        var scanning = options
        scanning.period = nil
        scanning.issueLimit = 0
        scanning.keepRows = false
        scanning.keepRejected = false
        let scan = Validator(model: model, options: scanning)
        var votes: [Period: Int] = [:]
        for file in files {
            guard let day = scan.validate(path: file).report.latestDate.flatMap(Day.init(iso:)) else { continue }
            votes[window(holding: day, cutoffDay: model.cutoffDay), default: 0] += 1
        }
        let byDates = votes.max { ($0.value, $0.key.year, $0.key.month) < ($1.value, $1.key.year, $1.key.month) }?.key
            ?? window(holding: today, cutoffDay: model.cutoffDay)
        var named: [PeriodEvidence.Claim: Int] = [:]
        for file in files {
            let name = (file as NSString).lastPathComponent
            if let claim = PeriodEvidence.claim(in: [name]) { named[claim, default: 0] += 1 }
        }
        guard let claim = named.max(by: { ($0.value, $0.key.month) < ($1.value, $1.key.month) })?.key else { return byDates }
        return claim.period(near: byDates)
    }

    /// The period whose data window holds `day`.
    private static func window(holding day: Day, cutoffDay: Int?) -> Period {
        let p = Period(year: day.year, month: day.month, cutoffDay: cutoffDay)!
        return day > p.end ? p.next : p
    }
}
