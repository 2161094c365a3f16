import Common

/// Why a file under an input folder is not read (`file-skipped`), or why a folder gave
/// nothing to read; the message tells the clerk what to do about it.
public enum SkipReason: Sendable, Hashable {
    case word, pdf, openDocument, archive(String), email, image, presentation
    case excelLockFile, hidden, noExtension
    /// An Excel format other than `.xlsx` (`xls` of Excel 97-2003, `xlsb`), named by its ending.
    case legacyExcel(String)
    /// Any other ending, named.
    case other(String)
    /// A symbolic link pointing nowhere.
    case brokenLink
    /// A folder reached a second time through a symbolic link.
    case folderSeen
    /// A folder whose entries cannot be listed (`io-error`), with the system's reason.
    case unreadableFolder(String)
    /// A folder the user gave that holds no return at all (an error: the run is not what
    /// the clerk meant).
    case noReturns

    /// The reason for a file by its name; `nil` for a return file, which is read.
    init?(fileName name: String) {
        if name.hasPrefix("~$") { self = .excelLockFile; return }
        if name.hasPrefix(".") { self = .hidden; return }
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { self = .noExtension; return }
        let ext = name[name.index(after: dot)...].lowercased()
        if InputFiles.extensions.contains(ext) { return nil }
        switch ext {
        case "doc", "docx", "docm", "rtf", "odt": self = .word
        case "pdf": self = .pdf
        case "xls", "xlsb", "xlt": self = .legacyExcel(ext)
        case "ods", "fods": self = .openDocument
        case "zip", "rar", "7z", "gz", "tar", "tgz", "bz2", "xz": self = .archive(ext)
        case "eml", "msg", "mbox": self = .email
        case "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "heic", "webp": self = .image
        case "ppt", "pptx", "odp": self = .presentation
        default: self = .other(ext)
        }
    }

    /// Whether the reason is a folder that could not be read: an error, not a note.
    var isFolderError: Bool {
        if case .unreadableFolder = self { return true }
        return false
    }

    /// The issue this reason is reported as: `io-error` and `no-returns` are errors, the
    /// rest is `file-skipped` information.
    public var issue: Issue {
        switch self {
        case .unreadableFolder(let cause): return Issue(.ioError, detail: .cause(cause))
        case .noReturns: return Issue(.noReturns)
        default:
            let (vi, en) = text
            return Issue(.fileSkipped, detail: .reason(vi: vi, en: en))
        }
    }

    /// What the file is and what to do about it, in Vietnamese and English.
    private var text: (vi: String, en: String) {
        switch self {
        case .word: return ("tệp Word, không phải biểu mẫu", "a Word document, not a return")
        case .pdf: return ("tệp PDF, không đọc được số liệu; hãy xin tệp .xlsx hoặc CSV", "a PDF; ask for the .xlsx or CSV")
        case .legacyExcel(let ext):
            return ("tệp Excel dạng cũ (.\(ext)): hãy mở bằng Excel và lưu lại dạng .xlsx", "an old Excel format (.\(ext)): save it again as .xlsx")
        case .openDocument: return ("tệp LibreOffice (.ods): hãy lưu lại dạng .xlsx hoặc CSV", "a LibreOffice file (.ods): save it as .xlsx or CSV")
        case .archive(let ext): return ("tệp nén .\(ext): hãy giải nén rồi chạy lại", "a .\(ext) archive: extract it and run again")
        case .email: return ("tệp thư điện tử: hãy lưu tệp đính kèm ra thư mục", "an e-mail message: save its attachments to the folder")
        case .image: return ("tệp ảnh, không đọc được số liệu", "an image; no data can be read from it")
        case .presentation: return ("tệp trình chiếu, không phải biểu mẫu", "a presentation, not a return")
        case .excelLockFile: return ("tệp khóa tạm của Excel (có người đang mở sổ)", "Excel's temporary lock file (a workbook is open)")
        case .hidden: return ("tệp ẩn", "a hidden file")
        case .noExtension: return ("tệp không có phần mở rộng; nếu là báo cáo, hãy đổi tên thành .csv hoặc .xlsx",
                                   "a file without an extension; if it is a return, rename it to .csv or .xlsx")
        case .other(let ext): return ("tệp .\(ext), không phải biểu mẫu", "a .\(ext) file, not a return")
        case .brokenLink: return ("liên kết tượng trưng trỏ tới chỗ không còn", "a symbolic link to nothing")
        case .folderSeen: return ("thư mục đã đọc qua một liên kết khác; không đọc lại", "a folder already read through another link; not read again")
        case .unreadableFolder(let c): return ("không mở được thư mục (\(c))", "cannot open the folder (\(c))")
        case .noReturns: return ("thư mục không có tệp báo cáo", "a folder without returns")
        }
    }
}
