import Foundation
import Common
import TaskModel

/// Renders issues as sentences a clerk understands: which file, line and column, the value,
/// and what was expected. Vietnamese by default, English on request.
///
/// Messages are built only here, at report time; the wording may change between versions,
/// the codes never do.
public struct Messages: Sendable {
    public let model: Model
    public let english: Bool

    public init(model: Model, english: Bool) {
        self.model = model
        self.english = english
    }

    /// The whole message, with its location (`Tệp …, dòng 12, cột «…»: …`; in a workbook
    /// `Tệp …, trang tính NO01, ô D12, cột «…»: …`).
    public func render(_ issue: Issue, file: String, form: String?, sheet: String? = nil, cell: String? = nil) -> String {
        let f = form.flatMap(model.form)
        let folder = issue.code == .noReturns
        var place = [english ? (folder ? "Folder " : "File ") + file : (folder ? "Thư mục " : "Tệp ") + file]
        if let sheet, issue.code != .sheetSkipped { place.append(english ? "sheet \(sheet)" : "trang tính \(sheet)") }
        if let cell {
            place.append(english ? "cell \(cell)" : "ô \(cell)")
        } else if let line = issue.line {
            place.append(english ? "line \(line)" : "dòng \(line)")
        }
        if let key = issue.column { place.append((english ? "column «" : "cột «") + title(key, f) + "»") }
        return place.joined(separator: ", ") + ": " + body(issue, form: f)
    }

    /// A return's name as clerks are shown it: the file, and for a workbook the sheet it was
    /// read from (`NO01 Vĩnh An T5.xlsx, trang tính NO01`), since the sheets of one workbook are
    /// returns of their own and must be told apart.
    public static func returnName(_ file: String, sheet: String?, english: Bool) -> String {
        sheet.map { file + (english ? ", sheet " : ", trang tính ") + $0 } ?? file
    }

    /// The Vietnamese title of a column key (or computed column) of the form.
    public func title(_ key: String, _ form: Form?) -> String {
        form?.columns.first { $0.key == key }?.title ?? form?.computed.first { $0.key == key }?.title ?? key
    }

    /// The message without its location, for sheets whose columns already show it.
    public func body(_ issue: Issue, form: Form?) -> String {
        let facts = IssueFacts(value: issue.value ?? "", valueLength: issue.valueLength, column: issue.column.map { title($0, form) } ?? "",
                               form: form?.code ?? "", keyColumns: (form?.key ?? []).map { title($0, form) },
                               rule: issue.rule, detail: issue.detail)
        return issue.code.message(facts, english: english)
    }
}
