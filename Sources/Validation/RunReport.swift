import Foundation
import Common
import TaskModel

/// The report of a `check` or `build` run over many files (SPEC §3).
public struct RunReport: Sendable {
    public var period: Period
    /// True when no `--period` was given and the period was inferred (and said so).
    public var periodAssumed: Bool
    public var files: [FileReport]

    public init(period: Period, periodAssumed: Bool, files: [FileReport]) {
        self.period = period
        self.periodAssumed = periodAssumed
        self.files = files
    }

    public var valid: Bool { !files.contains { $0.hasErrors } }

    /// The JSON document of SPEC §3 (with a few added fields), keys sorted so that the same
    /// run gives the same bytes.
    public func json(model: Model, english: Bool) -> Data {
        let messages = Messages(model: model, english: english)
        let doc = JSONReport(
            period: period.description,
            periodAssumed: periodAssumed,
            periodWindow: .init(start: period.start.iso, end: period.end.iso),
            valid: valid,
            modelVersion: model.version,
            summary: .init(files: files),
            files: files.map { f in
                JSONReport.File(
                    path: f.path, sha256: f.sha256, encoding: f.encoding,
                    bom: f.bom, delimiter: f.delimiter, form: f.form,
                    headerLine: f.headerLine, units: f.units, rows: f.rows,
                    issueCounts: .init(error: f.errorCount, warning: f.warningCount, info: f.infoCount),
                    issuesTruncated: f.issuesOmitted > 0, issuesOmitted: f.issuesOmitted,
                    issues: f.issues.map { i in
                        JSONReport.Item(severity: i.severity.rawValue, code: i.code.rawValue, line: i.line, column: i.column, value: i.value,
                                        rule: i.rule, message: messages.render(i, file: f.fileName, form: f.form))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(doc)) ?? Data("{}".utf8)
    }
}
