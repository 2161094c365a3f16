import Common

/// A return form: one file holds one form (SPEC §1.4).
public struct Form: Codable, Hashable, Sendable {
    /// `"NO01"`; also recognised in a file's title lines.
    public var code: String
    /// The area slug, or `"*"` for the task checklist that serves every area.
    public var area: String
    public var title: String
    /// What one row stands for ("một dòng là một hộ").
    public var rowMeans: String?
    public var columns: [Column]
    /// The columns whose values identify a row; a second row with the same values is a duplicate.
    public var key: [String]
    public var rules: [Rule]
    public var computed: [ComputedColumn]
    public var findings: [Finding]
    /// The roles of a checklist form's columns; `nil` for other forms.
    public var checklist: Checklist?
    /// The ``UnitKind`` id of the units that send it; `nil` is the model's first kind.
    public var sentBy: String?

    enum CodingKeys: String, CodingKey {
        case code, area, title, columns, key, rules, computed, findings, checklist
        case rowMeans = "row_means"
        case sentBy = "sent_by"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        area = try c.decode(String.self, forKey: .area)
        title = try c.decode(String.self, forKey: .title)
        rowMeans = try c.decodeIfPresent(String.self, forKey: .rowMeans)
        columns = try c.decode([Column].self, forKey: .columns)
        key = try c.decodeIfPresent([String].self, forKey: .key) ?? []
        rules = try c.decodeIfPresent([Rule].self, forKey: .rules) ?? []
        computed = try c.decodeIfPresent([ComputedColumn].self, forKey: .computed) ?? []
        findings = try c.decodeIfPresent([Finding].self, forKey: .findings) ?? []
        checklist = try c.decodeIfPresent(Checklist.self, forKey: .checklist)
        sentBy = try c.decodeIfPresent(String.self, forKey: .sentBy)
    }

    /// Whether this form belongs in an area's workbook.
    public func serves(area slug: String) -> Bool { area == "*" || area == slug }

    /// Column keys followed by computed keys: the positions conditions refer to.
    public var allKeys: [String] { columns.map(\.key) + computed.map(\.key) }

    public func columnIndex(_ key: String) -> Int? { columns.firstIndex { $0.key == key } }
}

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
