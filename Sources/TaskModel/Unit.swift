/// A reporting unit (SPEC §1.1): a commune, in GSO order in the model file, or a district agency.
public struct Unit: Codable, Hashable, Sendable {
    /// The five-digit GSO code of a commune, e.g. `"07648"`, or an agency's short code.
    public var code: String
    /// The official name with its prefix, e.g. `"Xã Vĩnh An"`.
    public var name: String
    /// The id of its ``UnitKind``; `nil` is the model's first kind.
    public var kind: String?

    public init(code: String, name: String, kind: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
    }

    /// The name without its prefix: `"Vĩnh An"` for `"Xã Vĩnh An"`, as return slips are named.
    public var shortName: String {
        for prefix in ["Thị trấn ", "Xã ", "Phường "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }
}
