import XLSXReading

/// The validation of one worksheet, fed by the streaming reader's callback.
final class SheetRun {
    var run: FileRun
    var feed: RecordFeed

    init(report: FileReport, sheet: String, validator: Validator) {
        var report = report
        report.sheet = sheet
        run = FileRun(report: report, limit: validator.options.issueLimit)
        // Numbers in a workbook are typed; text that looks like a number is read US-first,
        // the way the numbers' own text is written.
        feed = RecordFeed(validator: validator, dialect: .us)
    }

    func add(_ row: SheetRow) { feed.add(SourceRecord(row), run: &run) }
    func finish() { feed.finish(run: &run) }
}
