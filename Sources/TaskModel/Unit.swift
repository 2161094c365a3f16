/// A commune-level unit of the district (SPEC §1.1), in GSO order in the model file.
public struct Unit: Codable, Hashable, Sendable {
    /// The five-digit GSO code, e.g. `"07648"`.
    public var code: String
    /// The official name with its prefix, e.g. `"Xã Vĩnh An"`.
    public var name: String

    public init(code: String, name: String) {
        self.code = code
        self.name = name
    }

    /// The name without its prefix: `"Vĩnh An"` for `"Xã Vĩnh An"`, as return slips are named.
    public var shortName: String {
        for prefix in ["Thị trấn ", "Xã ", "Phường "] where name.hasPrefix(prefix) { return String(name.dropFirst(prefix.count)) }
        return name
    }
}

/// Another name a unit's rows may carry: an old spelling or a commune merged into it.
public struct UnitAlias: Codable, Hashable, Sendable {
    /// The name as it is written in returns, with its prefix where the prefix matters (`"Xã An Châu"`).
    public var name: String
    /// The code of the unit it stands for today.
    public var unit: String
    /// Why it is an alias, shown in the warning (e.g. "sáp nhập năm 2020").
    public var reason: String?
}
