import Testing
@testable import XLSXReading

@Suite struct CellReferenceTests {
    @Test func columnNamesRoundTrip() {
        #expect(CellReference.columnName(0) == "A")
        #expect(CellReference.columnName(25) == "Z")
        #expect(CellReference.columnName(26) == "AA")
        #expect(CellReference.columnName(16_383) == "XFD")
        for index in [0, 3, 25, 26, 701, 702, 16_383] {
            let name = Array(CellReference.name(column: index, row: 12).utf8)
            let parsed = name.withUnsafeBufferPointer { CellReference.parse($0) }
            #expect(parsed?.column == index && parsed?.row == 12)
        }
    }

    @Test func junkIsNotAReference() {
        for text in ["", "12", "D1x", "ABCDE1", "D-1"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { CellReference.parse($0) } == nil, "\(text)")
        }
    }
}
