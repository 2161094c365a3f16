import Common
import TaskModel

/// A row that passed every check, typed, with what the Committee should notice about it.
public struct AcceptedRow: Sendable {
    /// The form code.
    public let form: String
    /// The unit's GSO code.
    public let unit: String
    /// Values aligned with the form's ``Form/allKeys`` (columns, then computed columns).
    public let values: [Value?]
    /// The physical line where the record starts.
    public let line: Int
    /// Finding codes (`outage-over-5-days`, …) that hold for the row.
    public let findings: [IssueCode]

    public init(form: String, unit: String, values: [Value?], line: Int, findings: [IssueCode]) {
        self.form = form
        self.unit = unit
        self.values = values
        self.line = line
        self.findings = findings
    }
}
