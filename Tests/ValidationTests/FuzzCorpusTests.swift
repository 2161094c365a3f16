import Foundation
import Testing
import TaskModel
import TestSupport
import Validation

/// Every input the fuzzers kept (fuzz/corpus) goes through the whole check path here too, in
/// the build the product ships: no crash, rows that balance, a report that is valid JSON.
/// A crash the fuzzers find is fixed and its input stays in the corpus, so this guards it.
@Suite struct FuzzCorpusTests {
    static let model = try! Model.bundled()

    @Test(arguments: ["reader", "check"])
    func everyKeptInputIsCheckedCleanly(target: String) throws {
        let folder = Fixtures.repository.appendingPathComponent("fuzz/corpus/\(target)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count > 100, "the corpus of \(target) is missing")
        let period = Self.model.period("2024-05")!
        let validator = Validator(model: Self.model, options: ValidationOptions(period: period, issueLimit: 50, keepRows: true))
        for name in names {
            let result = validator.validate(path: folder.appendingPathComponent(name).path)
            #expect(result.report.rows.balanced, "\(name): read != accepted + rejected + skipped")
            let json = RunReport(period: period, periodAssumed: false, files: [result.report]).json(model: Self.model, english: false)
            #expect((try? JSONSerialization.jsonObject(with: json)) is [String: Any], "\(name): the report is not JSON")
        }
    }
}
