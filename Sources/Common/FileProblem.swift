import Foundation

/// Why the system refused to read or write a path, said in words a clerk can act on, in
/// Vietnamese or English — never Foundation's `Error Domain=NSCocoaErrorDomain …` dump.
///
/// Made from the `errno` underneath a Foundation error, or from `errno` itself; a reason
/// not listed here keeps the system's own words after the path.
public struct FileProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case noPermission, readOnlyDisk, diskFull, notAFolder, isAFolder, notFound, nameTooLong
        /// Anything else: the system's words (`strerror`).
        case other(String)
    }

    /// The path the operation was about.
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: FileProblem.reason(errno: code))
    }

    /// From any error a file operation threw: the POSIX code inside a Foundation error, or
    /// the error's own localized words.
    public init(path: String, error: any Error) {
        if let problem = error as? FileProblem {
            self = problem
            return
        }
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? path
        if ns.domain == NSPOSIXErrorDomain {
            self.init(path: path, errno: Int32(ns.code))
        } else if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            self.init(path: path, errno: Int32(underlying.code))
        } else if ns.domain == NSCocoaErrorDomain, let reason = FileProblem.reason(cocoa: ns.code) {
            self.init(path: path, reason: reason)
        } else if ns.domain == NSCocoaErrorDomain, let found = FileProblem.diagnose(path) {
            self.init(path: found.path, reason: found.reason)
        } else if ns.domain == NSCocoaErrorDomain {
            self.init(path: path, reason: .other("error \(ns.code)"))
        } else {
            self.init(path: path, reason: .other("\(error)"))
        }
    }

    /// What stands in the way of writing `path`, found by looking at it, for errors that carry
    /// no system code (Foundation's "error 512" when a folder cannot be made): the reason and
    /// the path it is about (the file standing where a folder should be).
    static func diagnose(_ path: String) -> (path: String, reason: Reason)? {
        var probe = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        while !FileManager.default.fileExists(atPath: probe.path, isDirectory: &isFolder) {
            guard probe.path != "/" else { return nil }
            probe.deleteLastPathComponent()
        }
        if !isFolder.boolValue { return (probe.path, .notAFolder) }
        var fs = statvfs()
        if statvfs(probe.path, &fs) == 0, fs.f_flag & UInt(ST_RDONLY) != 0 { return (path, .readOnlyDisk) }
        if access(probe.path, W_OK) != 0 { return (path, errno == EROFS ? .readOnlyDisk : .noPermission) }
        return nil
    }

    static func reason(errno code: Int32) -> Reason {
        switch code {
        case EACCES, EPERM: return .noPermission
        case EROFS: return .readOnlyDisk
        case ENOSPC, EDQUOT, EFBIG: return .diskFull
        case ENOTDIR, EEXIST: return .notAFolder
        case EISDIR: return .isAFolder
        case ENOENT: return .notFound
        case ENAMETOOLONG: return .nameTooLong
        default: return .other(String(cString: strerror(code)))
        }
    }

    static func reason(cocoa code: Int) -> Reason? {
        switch code {
        case CocoaError.fileWriteNoPermission.rawValue, CocoaError.fileReadNoPermission.rawValue: return .noPermission
        case CocoaError.fileWriteVolumeReadOnly.rawValue: return .readOnlyDisk
        case CocoaError.fileWriteOutOfSpace.rawValue: return .diskFull
        case CocoaError.fileNoSuchFile.rawValue, CocoaError.fileReadNoSuchFile.rawValue: return .notFound
        case CocoaError.fileWriteFileExists.rawValue: return .notAFolder
        case CocoaError.fileWriteInvalidFileName.rawValue, CocoaError.fileReadInvalidFileName.rawValue: return .nameTooLong
        default: return nil
        }
    }

    /// The message, naming the path, in the chosen language.
    public func message(english: Bool) -> String {
        "\(path): " + (english ? englishReason : vietnameseReason)
    }

    public var description: String { message(english: false) }

    private var vietnameseReason: String {
        switch reason {
        case .noPermission: return "không có quyền ghi hoặc đọc ở đây; hãy chọn thư mục khác (--out) hoặc xin quyền ghi"
        case .readOnlyDisk: return "ổ đĩa hoặc thư mục này chỉ đọc; hãy chọn thư mục khác (--out)"
        case .diskFull: return "ổ đĩa đã đầy; hãy giải phóng chỗ trống rồi chạy lại"
        case .notAFolder: return "đây là một tệp, không phải thư mục; hãy chọn thư mục khác (--out)"
        case .isAFolder: return "ở đây đã có một thư mục cùng tên; hãy đổi tên hoặc chuyển thư mục đó đi"
        case .notFound: return "không tìm thấy đường dẫn này"
        case .nameTooLong: return "tên tệp hoặc đường dẫn quá dài hoặc không hợp lệ"
        case .other(let words): return "lỗi hệ thống (\(words))"
        }
    }

    private var englishReason: String {
        switch reason {
        case .noPermission: return "no permission to write or read here; choose another folder (--out) or ask for write access"
        case .readOnlyDisk: return "this disk or folder is read-only; choose another folder (--out)"
        case .diskFull: return "the disk is full; free some space and run again"
        case .notAFolder: return "this is a file, not a folder; choose another folder (--out)"
        case .isAFolder: return "a folder of the same name is already here; rename or move it"
        case .notFound: return "this path does not exist"
        case .nameTooLong: return "the file name or path is too long or not valid"
        case .other(let words): return "system error (\(words))"
        }
    }
}
