/// One row of a worksheet that holds at least one value: its number and its cells from
/// column A, trailing empty cells left out, as a CSV record drops its trailing empty fields.
public struct SheetRow: Sendable {
    /// The 1-based row number Excel shows.
    public let number: Int
    public let cells: [SheetCell]

    public init(number: Int, cells: [SheetCell]) {
        self.number = number
        self.cells = cells
    }

    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
}
