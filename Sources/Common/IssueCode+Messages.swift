/// The message templates of the catalogue, in Vietnamese and English, filled from structured
/// values. The wording may change between versions; the codes never do.
extension IssueCode {
    /// The message without its location (file, line, column), in the language asked for.
    public func message(_ facts: IssueFacts, english: Bool) -> String {
        // A shortened value says how long it really was.
        let v = facts.value + (facts.valueLength.map { english ? " (\($0) characters)" : " (\($0) ký tự)" } ?? "")
        let length = facts.valueLength ?? facts.value.count
        let col = facts.column
        let d = facts.detail
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        // English quotes the model's and the file's Vietnamese words, so no sentence mixes languages unmarked.
        func quoted(_ words: [String], _ separator: String) -> String { words.map { "«\($0)»" }.joined(separator: separator) }
        // Rules and findings speak in the model's own words, whatever their code.
        if case .rule(let vi, let en) = d {
            let id = facts.rule.map { "[\($0)] " } ?? ""
            return id + (english ? (en ?? vi) : vi) + (v.isEmpty ? "" : pick(" (giá trị: «\(v)»)", " (value: «\(v)»)"))
        }
        switch self {
        case .ioError:
            let c = d.cause
            return pick("không đọc được tệp (\(c)). Kiểm tra lại đường dẫn và quyền đọc tệp.", "cannot read the file (\(c)).")
        case .encodingInvalid:
            let c = d.cause
            return pick("tệp có ký tự không đọc được (\(c)). Hãy mở tệp trong Excel và lưu lại dạng «CSV UTF-8».",
                        "the file holds bytes no known encoding decodes (\(c)). Save it again as \"CSV UTF-8\".")
        case .encodingGuessed:
            return pick("tệp không ghi rõ bảng mã; đã đọc theo bảng mã \(v). Hãy kiểm tra dấu tiếng Việt; lần sau nên lưu dạng «CSV UTF-8».",
                        "the file does not say its encoding; read as «\(v)». Check the Vietnamese text; save as \"CSV UTF-8\" next time.")
        case .csvMalformed:
            let c = d.cause
            return pick("tệp CSV hỏng: \(c == "unterminated quote" ? "dấu ngoặc kép mở ở dòng này không được đóng" : c).",
                        "malformed CSV: \(c).")
        case .headerNotFound:
            let n = d.searchedLines
            return pick("không tìm thấy dòng tên cột trong \(n) dòng đầu. Dòng tên cột phải ghi tên các cột của biểu (ví dụ «Xã, thị trấn»).",
                        "no header row among the first \(n) lines.")
        case .formUnknown:
            return pick("không xác định được đây là biểu nào. Hãy ghi mã biểu (in ở đầu mẫu nhập liệu) ở dòng tên biểu phía trên dòng tên cột.",
                        "cannot tell which form this is. Put the form code (printed atop the template) in a title line above the header.")
        case .formAmbiguous:
            let codes = d.candidates.joined(separator: ", ")
            return pick("dòng tên cột khớp với nhiều biểu (\(codes)). Hãy ghi mã biểu ở dòng tên biểu.",
                        "the header fits several forms (\(codes)). Put the form code in a title line.")
        case .columnMissing:
            return pick("thiếu cột bắt buộc «\(col)». Cả tệp chưa được nhận; hãy thêm cột này.",
                        "required column «\(col)» is missing. The whole file is refused; add the column.")
        case .columnUnknown:
            return pick("cột «\(v)» không có trong biểu \(facts.form); đã bỏ qua cột này.",
                        "column «\(v)» is not part of form \(facts.form); it was ignored.")
        case .columnDuplicate:
            return pick("cột «\(col)» xuất hiện hai lần («\(v)»). Cả tệp chưa được nhận; hãy xóa một cột.",
                        "column «\(col)» appears twice («\(v)»). The whole file is refused; remove one.")
        case .taskMissing:
            let codes = d.missing.joined(separator: ", ")
            return pick("\(v) chưa báo cáo các nhiệm vụ: \(codes).", "«\(v)» did not report the tasks: \(codes).")
        case .cellExtra:
            let n = d.cellPosition
            return pick("ô thứ \(n) có giá trị «\(v)» nằm ngoài các cột có tên. Hãy xóa ô này hoặc đặt tên cột.",
                        "cell \(n) holds «\(v)» beyond the named columns. Remove it or name the column.")
        case .required:
            return pick("chưa điền (cột bắt buộc).", "empty, but the column is required.")
        case .typeInt, .typeDecimal, .typeDate, .typeBool:
            let e = d.expectation(english: english)
            return pick("«\(v)» không hợp lệ; cần \(e).", "«\(v)» is not valid; expected \(e).")
        case .typeEnum:
            return pick("«\(v)» không có trong danh mục. Chọn một trong: \(d.allowed.joined(separator: "; ")).",
                        "«\(v)» is not an allowed value. Choose one of: \(quoted(d.allowed, "; ")).")
        case .range:
            let b = d.bounds
            return pick("«\(v)» nằm ngoài giới hạn cho phép; cần \(b).", "«\(v)» is out of range; expected \(b).")
        case .length:
            let n = d.maxLength
            return pick("dài \(length) ký tự, quá mức tối đa \(n) ký tự.", "\(length) characters long, more than the \(n) allowed.")
        case .numberAmbiguous:
            let e = d.expectation(english: english)
            return pick("«\(v)» đọc được theo hai cách (dấu chấm/dấu phẩy). Cần \(e).",
                        "«\(v)» reads two ways (dot/comma). Expected \(e).")
        case .dateTwoDigitYear:
            return pick("«\(v)» ghi năm hai chữ số; đã hiểu là năm 20xx. Nên ghi đủ bốn chữ số.",
                        "«\(v)» has a two-digit year, read as 20xx. Write four digits.")
        case .dateSerial:
            let day = d.readAs
            return pick("«\(v)» là số ngày kiểu Excel; đã hiểu là \(day). Nên định dạng ô là ngày.",
                        "«\(v)» is an Excel date serial, read as \(day). Format the cell as a date.")
        case .dateAfterPeriod:
            let end = d.periodEnd
            return pick("ngày «\(v)» sau ngày cuối kỳ báo cáo (\(end)); báo cáo không thể ghi ngày trong tương lai.",
                        "date «\(v)» is after the last day of the period (\(end)).")
        case .unitUnknown:
            let s = d.suggestions
            let hint = s.isEmpty ? "" : pick(" Có phải: \(s.joined(separator: ", "))?", " Did you mean: \(quoted(s, ", "))?")
            return pick("«\(v)» không phải xã, thị trấn nào của huyện.", "«\(v)» is not a unit of the district.") + hint
        case .unitAlias:
            let (unit, reason) = d.alias
            return pick("«\(v)» được hiểu là \(unit)\(reason.map { " (\($0))" } ?? ""). Lần sau hãy ghi đúng tên.",
                        "«\(v)» was read as «\(unit)»\(reason.map { " («\($0)»)" } ?? "").")
        case .duplicateRow:
            let first = d.firstLine
            return pick("trùng với dòng \(first) (cùng \(facts.keyColumns.joined(separator: ", "))); dòng này không được tính.",
                        "duplicates line \(first) (same \(quoted(facts.keyColumns, ", "))); this row is not counted.")
        case .totalRow:
            return pick("dòng tổng cộng; không tính vào số liệu.", "totals row; not counted as data.")
        case .totalMismatch:
            let sum = NumberText.plain(d.sum)
            return pick("dòng tổng ghi «\(v)» nhưng cộng các dòng phía trên được \(sum).",
                        "the totals row says «\(v)» but the rows above add up to \(sum).")
        case .rule:
            return pick("dòng không thỏa một quy tắc của biểu.", "the row breaks a rule of the form.")
        case .capExceeded:
            return pick("kinh phí vượt mức hỗ trợ tối đa.", "the amount is above the support cap.")
        case .outageOver5Days:
            return pick("mất nước quá 5 ngày.", "water outage longer than 5 days.")
        case .ocopExpiring:
            return pick("sắp hết hạn công nhận OCOP.", "OCOP certification about to expire.")
        case .ocopExpired:
            return pick("đã hết hạn công nhận OCOP.", "OCOP certification expired.")
        case .coldSeasonDelivery:
            return pick("cấp giống vật nuôi trong mùa rét.", "livestock delivered in the cold season.")
        case .overdue:
            return pick("nhiệm vụ quá hạn.", "task overdue.")
        case .periodMismatch:
            let (file, checked) = d.periods
            return pick("tệp này là số liệu kỳ \(file), không phải kỳ đang kiểm tra (\(checked)); cả tệp chưa được nhận.",
                        "this file is for \(file), not the period being checked (\(checked)); the whole file is refused.")
        case .submissionSuperseded:
            let later = d.supersededBy
            return pick("đã có tệp nộp sau thay thế (\(later)); số liệu của tệp này không được tính.",
                        "a later file replaces this one (\(later)); its rows do not count.")
        case .decreasedSinceLastPeriod:
            let before = NumberText.plain(d.previous)
            return pick("«\(v)» thấp hơn kỳ trước (\(before)); số cộng dồn không thể giảm. Hãy kiểm tra lại.",
                        "«\(v)» is lower than the previous period (\(before)); a cumulative count cannot fall. Check it.")
        case .fileSkipped:
            let (vi, en) = d.reason
            return pick("không phải tệp báo cáo, đã bỏ qua: \(vi).", "not a return, skipped: \(en).")
        case .xlsxInvalid:
            let c = d.cause
            return pick("tệp Excel (.xlsx) hỏng hoặc không đúng định dạng (\(c)). Hãy mở tệp trong Excel và lưu lại.",
                        "the Excel file (.xlsx) is damaged or not a workbook (\(c)). Open it in Excel and save it again.")
        case .xlsxEncrypted:
            return pick("tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu rồi gửi lại.",
                        "the Excel file is protected by a password and cannot be read. Remove the password and send it again.")
        case .fileTooLarge:
            let mb = d.sizeLimit
            return pick("tệp lớn hơn giới hạn \(mb) MB nên chưa được đọc. Hãy kiểm tra lại tệp (hoặc dùng --max-file-size).",
                        "the file is larger than the \(mb) MB limit and was not read. Check the file (or use --max-file-size).")
        case .formulaNoValue:
            return pick("ô có công thức nhưng chưa lưu giá trị đã tính; đã coi là ô trống. Hãy mở tệp trong Excel rồi lưu lại.",
                        "the cell holds a formula with no saved value; read as empty. Open the file in Excel and save it again.")
        case .templateOutdated:
            let (template, model) = d.versions
            return pick("tệp được làm từ mẫu biểu cũ (phiên bản \(template)); mẫu hiện hành là \(model). Lần sau hãy dùng mẫu mới.",
                        "the file was made from an older template (version \(template)); the current one is \(model). Use the new template next time.")
        case .dateOrderUS:
            return pick("ngày trong tệp được ghi theo thứ tự tháng/ngày (kiểu Mỹ), ví dụ «\(v)»; các ngày đọc được hai cách không được đoán. Hãy ghi ngày/tháng/năm.",
                        "the dates in this file are written month/day (US order), e.g. «\(v)»; dates that read both ways were not guessed. Write day/month/year.")
        }
    }
}
