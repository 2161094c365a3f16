import Common
import Consolidation
import Validation

extension Archive {
    /// What a build of `period` from the archive reads (`tonghop build --period P --data`, and
    /// the web page's button): the files of the period's current returns, shown under the
    /// paths they were imported from, and those of the month before when the archive holds it,
    /// read for its figures only (month-over-month columns), without issues or rejected rows.
    public func buildFiles(period: Period, options: ValidationOptions, today: Day) throws -> (month: MonthBuild.Files, previous: MonthBuild.Files?) {
        let current = try currentFiles(period: period)
        let month = MonthBuild.Files(files: current.map(\.storedPath), shownAs: current.map(\.sourcePath), options: options, today: today)
        let before = try currentFiles(period: period.previous)
        guard !before.isEmpty else { return (month, nil) }
        var earlier = options
        earlier.period = period.previous
        earlier.issueLimit = 0
        earlier.keepRejected = false
        return (month, MonthBuild.Files(files: before.map(\.storedPath), shownAs: before.map(\.sourcePath), options: earlier, today: today))
    }
}
