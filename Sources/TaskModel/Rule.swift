import Common

/// A cross-field rule of a form (SPEC §1.4 "Rules"): the row breaks it when `check` is false.
public struct Rule: Codable, Hashable, Sendable {
    public enum Severity: String, Codable, Hashable, Sendable { case error, warning }

    /// `"NO01-R3"`.
    public var id: String
    public var severity: Severity
    /// The issue code: `rule` unless the catalogue gives the rule its own (`cap-exceeded`).
    public var code: IssueCode
    /// The rule in words, quoted in the message.
    public var text: LocalizedText
    /// The column the issue points at.
    public var column: String
    public var check: Condition

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        severity = try c.decodeIfPresent(Severity.self, forKey: .severity) ?? .error
        code = try c.decodeIfPresent(IssueCode.self, forKey: .code) ?? .rule
        text = try c.decode(LocalizedText.self, forKey: .text)
        column = try c.decode(String.self, forKey: .column)
        check = try c.decode(Condition.self, forKey: .check)
    }
}
