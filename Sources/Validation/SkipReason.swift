/// Why a file under an input folder is not read (`file-skipped`), or why a folder gave
/// nothing to read; the messages (``Messages``) tell the clerk what to do about it.
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
        case .unreadableFolder(let cause): return Issue(.error, "io-error", detail: .cause(cause))
        case .noReturns: return Issue(.error, "no-returns")
        default: return Issue(.info, "file-skipped", detail: .skipped(self))
        }
    }
}
