import Foundation
import Testing
import Common
import TaskModel
import TestSupport
@testable import Validation

/// Messages are written at report time, in the language asked for, from structured values.
@Suite struct MessagesTests {
    static let model = try! Model.bundled()

    @Test func aLongValueIsShortenedAndItsLengthSaidInTheReportsLanguage() throws {
        let dir = try TemporaryFolder()
        let note = String(repeating: "ghi chú dài ", count: 100)
        let path = try dir.write("ns02.csv", "xa;thon;so_ho_thieu_nuoc;so_ho_tu_tim_nguon;so_ho_duoc_ho_tro;kien_nghi\nHữu Sản;Nà Hồng;1;1;1;\(note)\n")
        let report = Validator(model: Self.model, options: ValidationOptions(period: Self.model.period("2024-05")!)).validate(path: path).report
        let issue = try #require(report.issues.first { $0.code == .length })
        #expect(issue.value?.count == FileRun.valueLimit + 1)
        #expect(issue.value?.hasSuffix("…") == true)
        #expect(issue.valueLength == note.trimmingCharacters(in: .whitespaces).count)
        let vi = Messages(model: Self.model, english: false).body(issue, form: Self.model.form("NS02"))
        let en = Messages(model: Self.model, english: true).body(issue, form: Self.model.form("NS02"))
        #expect(vi.hasPrefix("dài \(note.count - 1) ký tự, quá mức tối đa 1000 ký tự"), "\(vi)")
        #expect(en.hasPrefix("\(note.count - 1) characters long"), "\(en)")
        let cellExtra = Issue(.cellExtra, line: 2, value: issue.value, detail: .cellPosition(9))
        var shortened = cellExtra
        shortened.valueLength = 1199
        #expect(Messages(model: Self.model, english: true).body(shortened, form: nil).contains("… (1199 characters)»"))
        #expect(Messages(model: Self.model, english: false).body(shortened, form: nil).contains("… (1199 ký tự)»"))
    }
}
