/// The type of a column's cells (SPEC §1.4).
public enum ColumnType: String, Codable, Hashable, Sendable, CaseIterable {
    case unit, text, int, decimal, money, date, bool, `enum`, percent, year
}
