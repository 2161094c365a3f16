import Common

/// One of the areas the Standing Committee follows; one workbook each.
public struct Area: Codable, Hashable, Sendable {
    /// The file name of its workbook, e.g. `"nha-o"`.
    public var slug: String
    public var name: String
    /// The measure drawn in the area's chart (a ratio, usually).
    public var chartMeasure: String?

    enum CodingKeys: String, CodingKey {
        case slug, name
        case chartMeasure = "chart_measure"
    }
}
