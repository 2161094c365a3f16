import Common
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

    /// The workbook fuzzer's inputs, opened as `tonghop` opens a return (a workbook by its
    /// first bytes): each is read with rows that balance on every sheet, or refused with a
    /// file error, and the report is JSON.
    @Test func everyKeptWorkbookIsCheckedCleanly() throws {
        let folder = Fixtures.repository.appendingPathComponent("fuzz/corpus/xlsx")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count > 100, "the corpus of xlsx is missing")
        let period = Self.model.period("2024-05")!
        let options = ValidationOptions(period: period, issueLimit: 50)
        for name in names {
            let (run, _) = Checking.run(files: [folder.appendingPathComponent(name).path], options: options,
                                        today: Day(year: 2024, month: 5, day: 20)!, model: Self.model)
            #expect(!run.files.isEmpty, "\(name): nothing reported")
            for file in run.files { #expect(file.rows.balanced, "\(name): read != accepted + rejected + skipped") }
            #expect((try? JSONSerialization.jsonObject(with: run.json(model: Self.model, english: false))) is [String: Any], "\(name): the report is not JSON")
        }
    }
}
