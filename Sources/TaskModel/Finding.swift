import Common

/// Something worth the Committee's attention in an accepted row (not an input error), shown in
/// the form sheet's findings column; `report` also lists it as a warning in the report.
public struct Finding: Codable, Hashable, Sendable {
    /// A finding code of the catalogue, such as `outage-over-5-days`.
    public var code: IssueCode
    public var text: LocalizedText
    public var when: Condition
    public var report: Bool
    /// The column a reported warning points at.
    public var column: String?

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(IssueCode.self, forKey: .code)
        text = try c.decode(LocalizedText.self, forKey: .text)
        when = try c.decode(Condition.self, forKey: .when)
        report = try c.decodeIfPresent(Bool.self, forKey: .report) ?? false
        column = try c.decodeIfPresent(String.self, forKey: .column)
    }
}
