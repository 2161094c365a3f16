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

    /// The whole message, with its location (`Tệp …, dòng 12, cột «…»: …`).
    public func render(_ issue: Issue, file: String, form: String?) -> String {
        let f = form.flatMap(model.form)
        var place = [english ? "File \(file)" : "Tệp \(file)"]
        if let line = issue.line { place.append(english ? "line \(line)" : "dòng \(line)") }
        if let key = issue.column { place.append((english ? "column «" : "cột «") + title(key, f) + "»") }
        return place.joined(separator: ", ") + ": " + body(issue, form: f)
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
