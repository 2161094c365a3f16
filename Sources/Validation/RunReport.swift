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
                    path: f.path, sheet: f.sheet, sha256: f.sha256, encoding: f.encoding,
                    bom: f.bom, delimiter: f.delimiter, form: f.form,
                    headerLine: f.headerLine, units: f.units, rows: f.rows,
                    issueCounts: .init(error: f.errorCount, warning: f.warningCount, info: f.infoCount),
                    issuesTruncated: f.issuesOmitted > 0, issuesOmitted: f.issuesOmitted,
                    issues: f.issues.map { i in
                        JSONReport.Item(severity: i.severity.rawValue, code: i.code.rawValue, line: i.line, column: i.column, value: i.value,
                                        rule: i.rule, message: messages.render(i, file: f.fileName, form: f.form, sheet: f.sheet, cell: f.cell(of: i)),
                                        sheet: f.sheet, cell: f.sheetCell(of: i))
                    })
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(doc)) ?? Data("{}".utf8)
    }
}

/// The JSON shape of the report; optionals are written as `null`, never left out.
struct JSONReport: Encodable {
    struct Window: Encodable { let start: String; let end: String }
    struct Counts: Encodable { let error: Int; let warning: Int; let info: Int }
    struct Summary: Encodable {
        let files: Int, read: Int, accepted: Int, rejected: Int, skipped: Int, errors: Int, warnings: Int
        init(files list: [FileReport]) {
            files = list.count
            read = list.reduce(0) { $0 + $1.rows.read }
            accepted = list.reduce(0) { $0 + $1.rows.accepted }
            rejected = list.reduce(0) { $0 + $1.rows.rejected }
            skipped = list.reduce(0) { $0 + $1.rows.skipped }
            errors = list.reduce(0) { $0 + $1.errorCount }
            warnings = list.reduce(0) { $0 + $1.warningCount }
        }
    }
    struct Item: Encodable {
        let severity: String, code: String, line: Int?, column: String?, value: String?, rule: String?, message: String
        /// For a return read from a workbook: its sheet, and the cell (`NO01!D12`) or `null`.
        let sheet: String?, cell: String?
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(severity, forKey: .severity)
            try c.encode(code, forKey: .code)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(value, forKey: .value)
            try c.encode(rule, forKey: .rule)
            try c.encode(message, forKey: .message)
            if let sheet {
                try c.encode(sheet, forKey: .sheet)
                try c.encode(cell, forKey: .cell)
            }
        }
        enum CodingKeys: String, CodingKey { case severity, code, line, column, value, rule, message, sheet, cell }
    }
    struct File: Encodable {
        let path: String, sheet: String?, sha256: String?, encoding: String?, bom: Bool?, delimiter: String?, form: String?, headerLine: Int?
        let units: [String], rows: RowCounts, issueCounts: Counts, issuesTruncated: Bool, issuesOmitted: Int, issues: [Item]
        enum CodingKeys: String, CodingKey {
            case path, sheet, sha256, encoding, bom, delimiter, form, units, rows, issues
            case headerLine = "header_line", issueCounts = "issue_counts", issuesTruncated = "issues_truncated", issuesOmitted = "issues_omitted"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            if let sheet { try c.encode(sheet, forKey: .sheet) }
            try c.encode(sha256, forKey: .sha256)
            try c.encode(encoding, forKey: .encoding)
            try c.encode(bom, forKey: .bom)
            try c.encode(delimiter, forKey: .delimiter)
            try c.encode(form, forKey: .form)
            try c.encode(headerLine, forKey: .headerLine)
            try c.encode(units, forKey: .units)
            try c.encode(rows, forKey: .rows)
            try c.encode(issueCounts, forKey: .issueCounts)
            try c.encode(issuesTruncated, forKey: .issuesTruncated)
            try c.encode(issuesOmitted, forKey: .issuesOmitted)
            try c.encode(issues, forKey: .issues)
        }
    }
    let period: String, periodAssumed: Bool, periodWindow: Window, valid: Bool, modelVersion: String, summary: Summary, files: [File]
    enum CodingKeys: String, CodingKey {
        case period, valid, summary, files
        case periodAssumed = "period_assumed", periodWindow = "period_window", modelVersion = "model_version"
    }
}
