import Foundation
import Testing
import Common
import CSVReading
import TaskModel
@testable import Validation

/// Each check declares the codes it can raise (STYLE: the frictionless manner); these tests
/// hold the declarations to what the checks really raise on every fixture.
@Suite struct DeclaredCodesTests {
    static let model = try! Model.bundled()
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../Fixtures")

    /// Every code a file of `form` can get: before its rows, and from the row checks.
    static func declared(form code: String?) -> Set<IssueCode> {
        var codes = Set(Validator.fileCodes)
        guard let code, let form = model.form(code) else { return codes }
        let compiled = CompiledForm(form: form, model: model)
        let layout = HeaderLayout(cells: form.columns.map(\.key), form: compiled, line: 1, ignored: [])
        let rows = RowChecker(form: compiled, layout: layout, model: model, lookups: CellLookups(model: model),
                              dialect: .vietnamese, period: model.period("2024-05")!, options: ValidationOptions(period: nil))
        codes.formUnion(rows.codes)
        return codes
    }

    static func files(under folder: String) -> [String] {
        let root = fixtures.appendingPathComponent(folder).standardizedFileURL.path
        return ((try? InputFiles.expand([root])) ?? []).sorted()
    }

    @Test func everyCodeRaisedOnTheFixturesIsDeclaredByItsCheck() {
        let files = Self.files(under: "bad") + Self.files(under: "inbox") + Self.files(under: "month")
        #expect(files.count > 100)
        let validator = Validator(model: Self.model, options: ValidationOptions(period: Self.model.period("2024-05")!))
        var raised = Set<IssueCode>()
        for path in files {
            let report = validator.validate(path: path).report
            let declared = Self.declared(form: report.form)
            for issue in report.issues {
                raised.insert(issue.code)
                #expect(declared.contains(issue.code), "\(path): \(issue.code) is raised but no check declares it")
            }
        }
        // The fixtures reach most of the catalogue's row and file codes.
        #expect(raised.count >= 25, "\(raised.map(\.rawValue).sorted())")
    }

    @Test func rulesAndFindingsDeclareTheModelsCodes() {
        #expect(Self.declared(form: "NO01").contains(.capExceeded))
        #expect(Self.declared(form: "OC01").contains(.ocopExpired))
        #expect(Self.declared(form: "OC02").contains(.coldSeasonDelivery))
        #expect(Self.declared(form: "TD01").contains(.taskMissing))
        #expect(!Self.declared(form: "NS01").contains(.outageOver5Days), "a finding not reported is no issue")
    }
}
