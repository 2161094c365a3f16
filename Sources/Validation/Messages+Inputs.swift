/// Messages for what is found under the input folders and for workbooks (SPEC §4.1).
extension Messages {
    func inputBody(_ issue: Issue) -> String? {
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        let v = issue.value ?? ""
        switch (issue.code, issue.detail) {
        case ("file-skipped", .skipped(let reason)):
            return pick("không đọc tệp này: ", "not read: ") + skipped(reason)
        case ("no-returns", _):
            return pick("không có tệp báo cáo nào (.csv, .tsv, .txt, .xlsx) trong thư mục này. Hãy kiểm tra lại đường dẫn, hoặc lưu các báo cáo dạng .xlsx hay CSV vào đây.",
                        "no return file (.csv, .tsv, .txt, .xlsx) in this folder. Check the path, or save the returns here as .xlsx or CSV.")
        case ("xlsx-invalid", .cause(let c)):
            if c.hasPrefix(Messages.legacyExcelCause) {
                return pick("đây là tệp Excel 97-2003 (.xls), không phải .xlsx. Hãy mở bằng Excel và lưu lại dạng «Sổ làm việc Excel (.xlsx)».",
                            "this is an Excel 97-2003 workbook (.xls), not .xlsx. Open it in Excel and save it as \"Excel Workbook (.xlsx)\".")
            }
            if c.hasPrefix(Messages.notWorkbookCause) {
                return pick("tệp nén này không phải sổ Excel (.xlsx) (có thể là tệp Word hoặc tệp nén khác).",
                            "this zip is not an Excel workbook (.xlsx) (perhaps a Word file or another archive).")
            }
            return pick("tệp Excel bị hỏng hoặc không đọc được (\(c)). Hãy mở tệp trong Excel, kiểm tra và lưu lại.",
                        "the Excel workbook is damaged or unreadable (\(c)). Open it in Excel, check it and save it again.")
        case ("xlsx-encrypted", _):
            return pick("tệp Excel có đặt mật khẩu nên không đọc được. Hãy bỏ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.",
                        "the workbook is protected by a password. Remove the password and send it again.")
        case ("file-too-large", .cause(let c)):
            return pick("tệp quá lớn (\(c)); đã dừng đọc. Tăng --max-file-size nếu đây đúng là báo cáo.",
                        "the file is too large (\(c)); reading stopped. Raise --max-file-size if this is a real return.")
        case ("formula-no-value", _):
            return pick("ô có công thức nhưng chưa có giá trị tính sẵn (tệp chưa được mở và lưu lại bằng Excel); ô được coi là trống.",
                        "the cell holds a formula with no saved value (the file was never opened and saved in a spreadsheet); it is read as empty.")
        case ("template-outdated", _):
            return pick("biểu mẫu được tạo từ mô hình cũ (\(v)), khác mô hình hiện dùng (\(model.version)). Lần sau hãy dùng biểu mẫu mới (tonghop template).",
                        "the template was made from an older model (\(v)), not the current one (\(model.version)). Use a new template next time.")
        case ("sheet-skipped", .cause(let why)):
            return pick("trang tính «\(v)» không được đọc: \(why == "hidden" ? "trang tính ẩn" : "không khớp biểu nào").",
                        "sheet «\(v)» was not read: \(why == "hidden" ? "hidden sheet" : "it matches no form").")
        default:
            return nil
        }
    }

    /// The first words of an `xlsx-invalid` cause that say what the file really is.
    static let legacyExcelCause = "Excel 97-2003"
    static let notWorkbookCause = "not a workbook"

    private func skipped(_ reason: SkipReason) -> String {
        func pick(_ vi: String, _ en: String) -> String { english ? en : vi }
        switch reason {
        case .word: return pick("tệp Word, không phải biểu mẫu.", "a Word document, not a return.")
        case .pdf: return pick("tệp PDF, không đọc được số liệu; hãy xin tệp .xlsx hoặc CSV.", "a PDF; ask for the .xlsx or CSV.")
        case .legacyExcel(let ext):
            return pick("tệp Excel dạng cũ (.\(ext)): hãy mở bằng Excel và lưu lại dạng .xlsx.", "an old Excel format (.\(ext)): save it again as .xlsx.")
        case .openDocument: return pick("tệp LibreOffice (.ods): hãy lưu lại dạng .xlsx hoặc CSV.", "a LibreOffice file (.ods): save it as .xlsx or CSV.")
        case .archive(let ext): return pick("tệp nén .\(ext): hãy giải nén rồi chạy lại.", "a .\(ext) archive: extract it and run again.")
        case .email: return pick("tệp thư điện tử: hãy lưu tệp đính kèm ra thư mục.", "an e-mail message: save its attachments to the folder.")
        case .image: return pick("tệp ảnh, không đọc được số liệu.", "an image; no data can be read from it.")
        case .presentation: return pick("tệp trình chiếu, không phải biểu mẫu.", "a presentation, not a return.")
        case .excelLockFile: return pick("tệp khóa tạm của Excel (có người đang mở sổ); bỏ qua.", "Excel's temporary lock file (a workbook is open); ignored.")
        case .hidden: return pick("tệp ẩn; bỏ qua.", "a hidden file; ignored.")
        case .noExtension: return pick("tệp không có phần mở rộng; nếu là báo cáo, hãy đổi tên thành .csv hoặc .xlsx.",
                                       "a file without an extension; if it is a return, rename it to .csv or .xlsx.")
        case .other(let ext): return pick("tệp .\(ext), không phải biểu mẫu.", "a .\(ext) file, not a return.")
        case .brokenLink: return pick("liên kết tượng trưng trỏ tới chỗ không còn.", "a symbolic link to nothing.")
        case .folderSeen: return pick("thư mục đã đọc qua một liên kết khác; không đọc lại.", "a folder already read through another link; not read again.")
        case .unreadableFolder(let c): return pick("không mở được thư mục (\(c)).", "cannot open the folder (\(c)).")
        case .noReturns: return ""
        }
    }
}
