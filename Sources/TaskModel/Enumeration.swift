import Common

/// A closed list of values a column accepts (SPEC §1.4).
///
/// Values match without case or diacritics and through their short forms; outputs use the
/// canonical spelling. The special enumeration `tasks` is built from the model's tasks.
public struct Enumeration: Codable, Hashable, Sendable {
    public struct Choice: Codable, Hashable, Sendable {
        /// The canonical spelling.
        public var value: String
        /// Short forms clerks write (`"HN"`, `"xong"`, `"3*"`).
        public var aliases: [String]

        public init(value: String, aliases: [String] = []) {
            self.value = value
            self.aliases = aliases
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            value = try c.decode(String.self, forKey: .value)
            aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        }
    }

    public var id: String
    public var values: [Choice]

    public init(id: String, values: [Choice]) {
        self.id = id
        self.values = values
    }

    /// The canonical value for what a clerk typed, or `nil` when it is none of them.
    ///
    /// Spellings made only of symbols (`★★★`) have no loose key, so they match as written.
    public func canonical(_ text: String) -> String? {
        let exact = text.precomposedStringWithCanonicalMapping.lowercased()
        for choice in values where ([choice.value] + choice.aliases).contains(where: { $0.lowercased() == exact }) {
            return choice.value
        }
        let key = MatchKey.loose(text)
        guard !key.isEmpty else { return nil }
        for choice in values where ([choice.value] + choice.aliases).contains(where: { MatchKey.loose($0) == key }) {
            return choice.value
        }
        return nil
    }
}
