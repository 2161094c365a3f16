import GRDB

/// An issue found in a submission when it was received: a row of `issue`.
public struct IssueRecord: Sendable, Hashable, Codable, FetchableRecord {
    public var submissionId: Int64
    public var ordinal: Int
    public var severity: String
    public var code: String
    public var line: Int?
    public var column: String?
    public var value: String?
    public var rule: String?
    /// The Vietnamese message, as rendered at import.
    public var message: String

    enum CodingKeys: String, CodingKey {
        case ordinal, severity, code, line, column, value, rule, message
        case submissionId = "submission_id"
    }
}
