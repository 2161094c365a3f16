import GRDB

/// An issue found in a submission when it was received: a row of `issue`.
public struct IssueRecord: Sendable, Hashable, Codable, FetchableRecord {
    public var submissionId: Int64
    public var ordinal: Int
    public var severity: String
    public var code: String
    public var line: Int?
    /// The cell of an issue in a workbook return (`NO01!D12`); nil for a CSV file.
    public var cell: String?
    public var column: String?
    public var value: String?
    public var rule: String?
    /// The Vietnamese message, as rendered at import.
    public var message: String
    /// The English message, rendered at import too; nil for issues recorded before it was kept.
    public var messageEnglish: String?

    enum CodingKeys: String, CodingKey {
        case ordinal, severity, code, line, cell, column, value, rule, message
        case submissionId = "submission_id", messageEnglish = "message_en"
    }

    /// The message in the language asked for, Vietnamese when no English one was recorded.
    public func message(english: Bool) -> String { english ? messageEnglish ?? message : message }
}
