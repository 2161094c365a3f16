/// A kind of reporting unit: the communes, or the district's agencies (SPEC §1.1).
///
/// Each form says which kind sends it, so a unit cell resolves only among units of that kind
/// and an area's workbook lists exactly the units expected to report on it.
public struct UnitKind: Codable, Hashable, Sendable {
    public var id: String
    /// The header of the unit column on every sheet ("Xã, thị trấn", "Cơ quan").
    public var name: String
    /// The word for one such unit inside a sentence ("xã", "cơ quan").
    public var noun: String
    /// Whether the units' codes are five-digit GSO codes (communes); other kinds use short
    /// codes of letters, digits and hyphens, never all digits, so a bare number still means a GSO code.
    public var gsoCodes: Bool

    public init(id: String, name: String, noun: String, gsoCodes: Bool) {
        self.id = id
        self.name = name
        self.noun = noun
        self.gsoCodes = gsoCodes
    }

    enum CodingKeys: String, CodingKey {
        case id, name, noun
        case gsoCodes = "gso_codes"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        noun = try c.decodeIfPresent(String.self, forKey: .noun) ?? name.lowercased()
        gsoCodes = try c.decodeIfPresent(Bool.self, forKey: .gsoCodes) ?? false
    }

    /// The kind a model without `unit_kinds` has: the communes, as in the first release.
    static let communes = UnitKind(id: "", name: "Xã, thị trấn", noun: "xã", gsoCodes: true)
}
