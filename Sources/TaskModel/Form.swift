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
