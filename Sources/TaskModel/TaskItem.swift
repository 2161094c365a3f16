import Common

/// A task of the Secretary's conclusion that communes, or one district agency, report on (SPEC §1.3).
public struct TaskItem: Codable, Hashable, Sendable {
    public var code: String
    public var area: String
    public var title: String
    /// Where the conclusion asks for it, e.g. `"2(3)"`.
    public var paragraph: String?
    /// `nil` for ongoing tasks.
    public var deadline: Day?
    /// The deadline is a default the district may change (SPEC's "(assumed)").
    public var deadlineAssumed: Bool
    /// How progress is measured, in words.
    public var measuredBy: String
    /// The code of the checklist form it is reported on; `nil` is the checklist the model's
    /// first unit kind (the communes) sends.
    public var checklist: String?
    /// The code of the one unit that reports on it (an agency); `nil`: every unit that sends its checklist.
    public var owner: String?

    enum CodingKeys: String, CodingKey {
        case code, area, title, paragraph, deadline, checklist, owner
        case deadlineAssumed = "deadline_assumed"
        case measuredBy = "measured_by"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        code = try c.decode(String.self, forKey: .code)
        area = try c.decode(String.self, forKey: .area)
        title = try c.decode(String.self, forKey: .title)
        paragraph = try c.decodeIfPresent(String.self, forKey: .paragraph)
        deadlineAssumed = try c.decodeIfPresent(Bool.self, forKey: .deadlineAssumed) ?? false
        measuredBy = try c.decode(String.self, forKey: .measuredBy)
        checklist = try c.decodeIfPresent(String.self, forKey: .checklist)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        if let text = try c.decodeIfPresent(String.self, forKey: .deadline) {
            guard let day = Day(iso: text) else {
                throw DecodingError.dataCorruptedError(forKey: .deadline, in: c, debugDescription: "deadline '\(text)' is not a yyyy-mm-dd date")
            }
            deadline = day
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(area, forKey: .area)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(paragraph, forKey: .paragraph)
        try c.encodeIfPresent(deadline?.iso, forKey: .deadline)
        if deadlineAssumed { try c.encode(true, forKey: .deadlineAssumed) }
        try c.encode(measuredBy, forKey: .measuredBy)
        try c.encodeIfPresent(checklist, forKey: .checklist)
        try c.encodeIfPresent(owner, forKey: .owner)
    }
}
