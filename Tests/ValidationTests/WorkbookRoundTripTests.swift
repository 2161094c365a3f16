import Foundation
import Testing
import Common
import TaskModel
import TestSupport
@testable import Validation

/// Every form's template, the communes' ten and the district agencies' CQ01, filled by
/// openpyxl, and saved again by LibreOffice, reads back with every value equal to what was
/// written (`scripts/make-xlsx-returns.py` made them).
@Suite struct WorkbookRoundTripTests {
    static let model = try! Model.bundled()
    static let folder = Fixtures.folder.appendingPathComponent("xlsx/roundtrip")

    static let expected: [String: [[String: String]]] = {
        let data = (try? Data(contentsOf: folder.appendingPathComponent("expected.json"))) ?? Data()
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: [[String: String]]] ?? [:]
    }()

    /// The ten forms communes send and the agencies' CQ01, each in both applications' hands.
    static let files: [String] = expected.keys.sorted().flatMap { ["\($0)-openpyxl.xlsx", "\($0)-libreoffice.xlsx"] }

    @Test func everyFormOfTheModelIsThere() {
        #expect(Set(Self.expected.keys) == Set(Self.model.forms.map(\.code)))
        #expect(Self.files.count == 22)
    }

    @Test(arguments: files)
    func valuesReadBackAsWritten(_ name: String) throws {
        let code = String(name.prefix(4))
        let form = try #require(Self.model.form(code))
        let written = try #require(Self.expected[code])
        let validator = Validator(model: Self.model, options: ValidationOptions(period: Self.model.period("2024-05")!, keepRows: true))
        let results = validator.validateAll(path: Self.folder.appendingPathComponent(name).path)
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result.report.sheet == code && result.report.form == code)
        #expect(result.report.errorCount == 0 && result.report.warningCount == 0, "\(result.report.issues)")
        #expect(result.rows.count == written.count)
        for (row, values) in zip(result.rows, written) {
            for (ci, column) in form.columns.enumerated() {
                #expect(row.values[ci].map(ValueText.show) == values[column.key], "\(name) line \(row.line) \(column.key)")
            }
        }
    }
}
