import Foundation
import Common
import TaskModel

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
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(severity, forKey: .severity)
            try c.encode(code, forKey: .code)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(value, forKey: .value)
            try c.encode(rule, forKey: .rule)
            try c.encode(message, forKey: .message)
        }
        enum CodingKeys: String, CodingKey { case severity, code, line, column, value, rule, message }
    }
    struct File: Encodable {
        let path: String, sha256: String?, encoding: String?, bom: Bool?, delimiter: String?, form: String?, headerLine: Int?
        let units: [String], rows: RowCounts, issueCounts: Counts, issuesTruncated: Bool, issuesOmitted: Int, issues: [Item]
        enum CodingKeys: String, CodingKey {
            case path, sha256, encoding, bom, delimiter, form, units, rows, issues
            case headerLine = "header_line", issueCounts = "issue_counts", issuesTruncated = "issues_truncated", issuesOmitted = "issues_omitted"
        }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
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
