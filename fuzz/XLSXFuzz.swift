import Foundation

/// libFuzzer entry: arbitrary bytes as an .xlsx workbook, through the zip container, the XML
/// parts and every worksheet. Any crash, hang or sanitizer report is a bug; a
/// `WorkbookReadError` is the expected answer to garbage.
@_cdecl("LLVMFuzzerTestOneInput")
public func xlsxFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzFile.write(data, size)
    guard let reader = try? WorkbookReader(path: path, maxBytes: 4 << 20) else { return 0 }
    for sheet in reader.sheets {
        var cells = 0
        try? reader.readRows(of: sheet) { cells += $0.cells.count }
    }
    return 0
}
