/// A text the model gives in Vietnamese and English; Vietnamese is always present.
public struct LocalizedText: Codable, Hashable, Sendable {
    public var vi: String
    public var en: String?

    public init(vi: String, en: String? = nil) {
        self.vi = vi
        self.en = en
    }

    public func text(english: Bool) -> String { english ? (en ?? vi) : vi }
}
