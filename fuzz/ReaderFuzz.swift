import Foundation

/// libFuzzer entry: arbitrary bytes through decoding and the CSV reader. Any crash, hang or
/// sanitizer report is a bug; errors are the expected answer to garbage.
@_cdecl("LLVMFuzzerTestOneInput")
public func readerFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzFile.write(data, size)
    for options in [ReadOptions(), ReadOptions(delimiter: UInt8(ascii: ";"), maxCellBytes: 4096), ReadOptions(encoding: .utf16LE)] {
        guard let reader = try? CSVReader(path: path, options: options) else { continue }
        var records = 0
        while (try? reader.next()) == true, records < 100_000 {
            let r = reader.record
            for i in 0..<r.count { _ = r.field(i) }
            records += 1
        }
    }
    return 0
}
