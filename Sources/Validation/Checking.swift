import Foundation
import Common
import CSVReading
import TaskModel

/// Validates a set of files for one period: what `check` and `build` both do first.
public enum Checking {
    /// Validates every file with the options; without a period in them, the period is inferred
    /// from the data first (``RunReport/periodAssumed``). `progress` is told after each file,
    /// `onRow` gets every accepted row with the index of its file's result (a workbook gives
    /// one result per form sheet). What was found but not read (``InputFiles/survey(_:)``) is
    /// listed after the files, one result each. `shownAs` are the paths to report for `files`
    /// when their bytes are read from elsewhere (copies kept in the archive). Files of the same
    /// submission never add up (``Supersession``).
    public static func run(files: [String], shownAs: [String]? = nil, options: ValidationOptions, today: Day, model: Model,
                           notRead: [InputFiles.NotRead] = [], progress: ((Int, Int) -> Void)? = nil,
                           onRow: ((Int, AcceptedRow) -> Void)? = nil) -> (RunReport, [FileResult]) {
        var resolved = options
        let period = options.period ?? inferPeriod(files: files, options: options, today: today, model: model)
        resolved.period = period
        let validator = Validator(model: model, options: resolved)
        var results: [FileResult] = []
        for (i, file) in files.enumerated() {
            let base = results.count
            let sink = onRow.map { hand in { (sheet: Int, row: AcceptedRow) in hand(base + sheet, row) } }
            results += validator.validateAll(path: file, shownAs: shownAs?[i], onRow: sink)
            progress?(i + 1, files.count)
        }
        for item in notRead {
            var report = FileReport(path: item.path)
            report.add(item.reason.issue)
            results.append(FileResult(report: report, rows: []))
        }
        var reports = results.map(\.report)
        Supersession.apply(to: &reports, model: model)
        for i in results.indices where !reports[i].counted { results[i].rows = [] }
        for i in results.indices { results[i].report = reports[i] }
        return (RunReport(period: period, periodAssumed: options.period == nil, files: reports), results)
    }

    /// The month the files are for, when none is given (``RunReport/periodAssumed``).
    ///
    /// Each return (a file, or a form sheet of a workbook) votes once, for the window holding its
    /// latest date, so one wrong date moves one vote, not the month; the month most files vote for wins (the later on a tie), the
    /// current month when no file has a date. Where the file names agree on a month (`T5`,
    /// `tháng 5/2024`, ``PeriodEvidence``), most of them decide the month instead, in the year
    /// nearest the dates. A first pass reads with an open-ended window so no date is refused.
    static func inferPeriod(files: [String], options: ValidationOptions, today: Day, model: Model) -> Period {
        var scanning = options
        scanning.period = nil
        scanning.issueLimit = 0
        scanning.keepRows = false
        scanning.keepRejected = false
        scanning.checkPeriodEvidence = false
        let scan = Validator(model: model, options: scanning)
        var votes: [Period: Int] = [:]
        for result in files.flatMap({ scan.validateAll(path: $0) }) {
            guard let day = result.report.latestDate.flatMap(Day.init(iso:)) else { continue }
            votes[Period.containing(day, cutoffDay: model.cutoffDay), default: 0] += 1
        }
        let byDates = votes.max { ($0.value, $0.key.year, $0.key.month) < ($1.value, $1.key.year, $1.key.month) }?.key
            ?? Period.containing(today, cutoffDay: model.cutoffDay)
        var named: [PeriodEvidence.Claim: Int] = [:]
        for file in files {
            let name = (file as NSString).lastPathComponent
            if let claim = PeriodEvidence.claim(in: [name]) { named[claim, default: 0] += 1 }
        }
        guard let claim = named.max(by: { ($0.value, $0.key.month) < ($1.value, $1.key.month) })?.key else { return byDates }
        return claim.period(near: byDates)
    }
}
