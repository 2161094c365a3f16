import CXlsxWriter
import Foundation

/// A cell range, 0-based and inclusive.
public struct CellRange: Sendable, Equatable {
    public var firstRow: Int, firstColumn: Int, lastRow: Int, lastColumn: Int

    public init(_ firstRow: Int, _ firstColumn: Int, _ lastRow: Int, _ lastColumn: Int) {
        self.firstRow = firstRow
        self.firstColumn = firstColumn
        self.lastRow = lastRow
        self.lastColumn = lastColumn
    }
}
