/// A sheet listed in a workbook, in workbook order.
public struct SheetInfo: Hashable, Sendable {
    public enum Visibility: String, Sendable {
        case visible
        /// Hidden by the user (Format > Hide), or `veryHidden` (only a macro can show it).
        case hidden
    }

    public let name: String
    public let visibility: Visibility
    /// The zip entry of the sheet's XML; `nil` for a chart sheet or a dialog sheet, which holds no cells.
    public let part: String?
}
