import Foundation
import Common
import CSVReading
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
        var place = [issue.code == "no-returns" ? (english ? "Folder \(file)" : "Thư mục \(file)") : (english ? "File \(file)" : "Tệp \(file)")]
        if let sheet, issue.code != "sheet-skipped" { place.append(english ? "sheet \(sheet)" : "trang tính \(sheet)") }
        if let cell {
            place.append(english ? "cell \(cell)" : "ô \(cell)")
        } else if let line = issue.line {
            place.append(english ? "line \(line)" : "dòng \(line)")
        }
        if let key = issue.column { place.append((english ? "column «" : "cột «") + title(key, f) + "»") }
        return place.joined(separator: ", ") + ": " + body(issue, form: f)
    }

    /// The Vietnamese title of a column key (or computed column) of the form.
    public func title(_ key: String, _ form: Form?) -> String {
        form?.columns.first { $0.key == key }?.title ?? form?.computed.first { $0.key == key }?.title ?? key
    }

    /// The message without its location, for sheets whose columns already show it.
    public func body(_ issue: Issue, form: Form?) -> String {
        let v = issue.value ?? ""
        let col = issue.column.map { title($0, form) } ?? ""
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        switch (issue.code, issue.detail) {
        case ("io-error", .cause(let c)):
            return pick("không đọc được tệp (\(c)). Kiểm tra lại đường dẫn và quyền đọc tệp.", "cannot read the file (\(c)).")
        case ("encoding-invalid", .cause(let c)):
            return pick("tệp có ký tự không đọc được (\(c)). Hãy mở tệp trong Excel và lưu lại dạng «CSV UTF-8».",
                        "the file holds bytes no known encoding decodes (\(c)). Save it again as \"CSV UTF-8\".")
        case ("encoding-guessed", _):
            return pick("tệp không ghi rõ bảng mã; đã đọc theo bảng mã \(v). Hãy kiểm tra dấu tiếng Việt; lần sau nên lưu dạng «CSV UTF-8».",
                        "the file does not say its encoding; read as \(v). Check the Vietnamese text; save as \"CSV UTF-8\" next time.")
        case ("csv-malformed", .cause(let c)):
            return pick("tệp CSV hỏng: \(c == "unterminated quote" ? "dấu ngoặc kép mở ở dòng này không được đóng" : c).",
                        "malformed CSV: \(c).")
        case ("header-not-found", _):
            return pick("không tìm thấy dòng tên cột trong \(Validator.headerSearchLines) dòng đầu. Dòng tên cột phải ghi tên các cột của biểu (ví dụ «Xã, thị trấn»).",
                        "no header row among the first \(Validator.headerSearchLines) lines.")
        case ("form-unknown", _):
            return pick("không xác định được đây là biểu nào. Hãy ghi mã biểu (ví dụ NO01) ở dòng tên biểu phía trên dòng tên cột.",
                        "cannot tell which form this is. Put the form code (e.g. NO01) in a title line above the header.")
        case ("form-ambiguous", .candidates(let codes)):
            return pick("dòng tên cột khớp với nhiều biểu (\(codes.joined(separator: ", "))). Hãy ghi mã biểu ở dòng tên biểu.",
                        "the header fits several forms (\(codes.joined(separator: ", "))). Put the form code in a title line.")
        case ("column-missing", _):
            return pick("thiếu cột bắt buộc «\(col)». Cả tệp chưa được nhận; hãy thêm cột này.",
                        "required column «\(col)» is missing. The whole file is refused; add the column.")
        case ("column-unknown", _):
            return pick("cột «\(v)» không có trong biểu \(form?.code ?? ""); đã bỏ qua cột này.",
                        "column «\(v)» is not part of form \(form?.code ?? ""); it was ignored.")
        case ("column-duplicate", _):
            return pick("cột «\(col)» xuất hiện hai lần («\(v)»). Cả tệp chưa được nhận; hãy xóa một cột.",
                        "column «\(col)» appears twice («\(v)»). The whole file is refused; remove one.")
        case ("task-missing", .missing(let codes)):
            return pick("\(v) chưa báo cáo các nhiệm vụ: \(codes.joined(separator: ", ")).",
                        "\(v) did not report the tasks: \(codes.joined(separator: ", ")).")
        case ("cell-extra", .cause(let n)):
            return pick("ô thứ \(n) có giá trị «\(v)» nằm ngoài các cột có tên. Hãy xóa ô này hoặc đặt tên cột.",
                        "cell \(n) holds «\(v)» beyond the named columns. Remove it or name the column.")
        case ("required", _):
            return pick("chưa điền (cột bắt buộc).", "empty, but the column is required.")
        case ("type-enum", .allowed(let values)):
            return pick("«\(v)» không có trong danh mục. Chọn một trong: \(values.joined(separator: "; ")).",
                        "«\(v)» is not an allowed value. Choose one of: \(values.joined(separator: "; ")).")
        case ("range", .bounds(let b)):
            return pick("«\(v)» nằm ngoài giới hạn cho phép; cần \(b).", "«\(v)» is out of range; expected \(b).")
        case ("length", .maxLength(let n)):
            return pick("dài \(v.count) ký tự, quá mức tối đa \(n) ký tự.", "\(v.count) characters long, more than the \(n) allowed.")
        case ("number-ambiguous", .expected(let e)):
            return pick("«\(v)» đọc được theo hai cách (dấu chấm/dấu phẩy). Cần \(e).",
                        "«\(v)» reads two ways (dot/comma). Expected \(e).")
        case (_, .expected(let e)) where issue.code.hasPrefix("type-"):
            return pick("«\(v)» không hợp lệ; cần \(e).", "«\(v)» is not valid; expected \(e).")
        case ("date-two-digit-year", _):
            return pick("«\(v)» ghi năm hai chữ số; đã hiểu là năm 20xx. Nên ghi đủ bốn chữ số.",
                        "«\(v)» has a two-digit year, read as 20xx. Write four digits.")
        case ("date-serial", _):
            let day = (try? ValueParser.date(v).get())?.day.description ?? "?"
            return pick("«\(v)» là số ngày kiểu Excel; đã hiểu là \(day). Nên định dạng ô là ngày.",
                        "«\(v)» is an Excel date serial, read as \(day). Format the cell as a date.")
        case ("date-after-period", .periodEnd(let end)):
            return pick("ngày «\(v)» sau ngày cuối kỳ báo cáo (\(end)); báo cáo không thể ghi ngày trong tương lai.",
                        "date «\(v)» is after the last day of the period (\(end)).")
        case ("unit-unknown", .suggestions(let s)):
            let hint = s.isEmpty ? "" : pick(" Có phải: \(s.joined(separator: ", "))?", " Did you mean: \(s.joined(separator: ", "))?")
            return pick("«\(v)» không phải xã, thị trấn nào của huyện.", "«\(v)» is not a unit of the district.") + hint
        case ("unit-alias", .alias(let unit, let reason)):
            let why = reason.map { " (\($0))" } ?? ""
            return pick("«\(v)» được hiểu là \(unit)\(why). Lần sau hãy ghi đúng tên.", "«\(v)» was read as \(unit)\(why).")
        case ("duplicate-row", .firstLine(let first)):
            let keys = (form?.key ?? []).map { title($0, form) }.joined(separator: ", ")
            return pick("trùng với dòng \(first) (cùng \(keys)); dòng này không được tính.",
                        "duplicates line \(first) (same \(keys)); this row is not counted.")
        case ("total-row", _):
            return pick("dòng tổng cộng; không tính vào số liệu.", "totals row; not counted as data.")
        case ("total-mismatch", .totals(let sum)):
            return pick("dòng tổng ghi «\(v)» nhưng cộng các dòng phía trên được \(NumberText.plain(sum)).",
                        "the totals row says «\(v)» but the rows above add up to \(NumberText.plain(sum)).")
        case (_, .rule(let vi, let en)):
            let id = issue.rule.map { "[\($0)] " } ?? ""
            return id + (english ? (en ?? vi) : vi) + (v.isEmpty ? "" : pick(" (giá trị: «\(v)»)", " (value: «\(v)»)"))
        default:
            return inputBody(issue) ?? issue.code + (v.isEmpty ? "" : ": «\(v)»")
        }
    }
}
