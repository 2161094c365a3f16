/// A column of a form: its key (ASCII, accepted as a header too), the Vietnamese title a clerk
/// sees, its type and constraints.
public struct Column: Codable, Hashable, Sendable {
    public var key: String
    public var title: String
    public var type: ColumnType
    public var requirement: Requirement
    /// `text`: maximum length in characters.
    public var maxLength: Int?
    /// `decimal`: digits after the decimal separator shown (values are kept as read).
    public var scale: Int?
    /// Lower bound for numbers; `minExclusive` makes it strict (`> 0`).
    public var min: Double?
    public var minExclusive: Bool
    /// Upper bound for numbers; `maxIsPeriodYear` bounds a `year` by the period's year.
    public var max: Double?
    public var maxIsPeriodYear: Bool
    /// `enum`: the enumeration's id.
    public var enumeration: String?
    /// A hint for the template and the printed catalogue.
    public var note: String?
    /// `date`: which dates the column accepts.
    public var dates: DateBound
    /// `date`: the key of a date column of the same row this date may not precede.
    public var notBefore: String?

    enum CodingKeys: String, CodingKey {
        case key, title, type, note, min, max, scale
        case requirement = "req"
        case maxLength = "max_length"
        case minExclusive = "min_exclusive"
        case maxIsPeriodYear = "max_period_year"
        case enumeration = "enum"
        case dates
        case notBefore = "not_before"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        key = try c.decode(String.self, forKey: .key)
        title = try c.decode(String.self, forKey: .title)
        type = try c.decode(ColumnType.self, forKey: .type)
        requirement = try c.decode(Requirement.self, forKey: .requirement)
        maxLength = try c.decodeIfPresent(Int.self, forKey: .maxLength)
        scale = try c.decodeIfPresent(Int.self, forKey: .scale)
        min = try c.decodeIfPresent(Double.self, forKey: .min)
        minExclusive = try c.decodeIfPresent(Bool.self, forKey: .minExclusive) ?? false
        max = try c.decodeIfPresent(Double.self, forKey: .max)
        maxIsPeriodYear = try c.decodeIfPresent(Bool.self, forKey: .maxIsPeriodYear) ?? false
        enumeration = try c.decodeIfPresent(String.self, forKey: .enumeration)
        note = try c.decodeIfPresent(String.self, forKey: .note)
        dates = try c.decodeIfPresent(DateBound.self, forKey: .dates) ?? .untilPeriodEnd
        notBefore = try c.decodeIfPresent(String.self, forKey: .notBefore)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(key, forKey: .key)
        try c.encode(title, forKey: .title)
        try c.encode(type, forKey: .type)
        try c.encode(requirement, forKey: .requirement)
        try c.encodeIfPresent(maxLength, forKey: .maxLength)
        try c.encodeIfPresent(scale, forKey: .scale)
        try c.encodeIfPresent(min, forKey: .min)
        if minExclusive { try c.encode(true, forKey: .minExclusive) }
        try c.encodeIfPresent(max, forKey: .max)
        if maxIsPeriodYear { try c.encode(true, forKey: .maxIsPeriodYear) }
        try c.encodeIfPresent(enumeration, forKey: .enumeration)
        try c.encodeIfPresent(note, forKey: .note)
        if dates != .untilPeriodEnd { try c.encode(dates, forKey: .dates) }
        try c.encodeIfPresent(notBefore, forKey: .notBefore)
    }
}
