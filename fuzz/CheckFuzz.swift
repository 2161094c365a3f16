import Foundation

/// libFuzzer entry: arbitrary bytes (and mutated real returns) through the whole `check` path
/// — decoding, header and form detection, typed cells, rules, the report and its messages.
private let model = try! Model.bundled()
private let validator = Validator(model: model, options: ValidationOptions(period: model.period("2024-05")!, issueLimit: 50, keepRows: true))

@_cdecl("LLVMFuzzerTestOneInput")
public func checkFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let path = FuzzFile.write(data, size)
    let result = validator.validate(path: path)
    precondition(result.report.rows.balanced, "read != accepted + rejected + skipped")
    _ = RunReport(period: model.period("2024-05")!, periodAssumed: false, files: [result.report]).json(model: model, english: false)
    return 0
}
