/// A column the product computes from a row (SPEC §1.4 "Computed").
public struct ComputedColumn: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        /// Days from `from` to `to` (or to `otherwise`, e.g. `@period_end`, when `to` is empty).
        case daysBetween = "days_between"
        /// `from` plus `months` months.
        case addMonths = "add_months"
    }

    public var key: String
    public var title: String
    public var kind: Kind
    public var from: String
    public var to: String?
    public var otherwise: String?
    public var months: Int?
}
