/// Another name a unit's rows may carry: an old spelling or a commune merged into it.
public struct UnitAlias: Codable, Hashable, Sendable {
    /// The name as it is written in returns, with its prefix where the prefix matters (`"Xã An Châu"`).
    public var name: String
    /// The code of the unit it stands for today.
    public var unit: String
    /// Why it is an alias, shown in the warning (e.g. "sáp nhập năm 2020").
    public var reason: String?
}
