import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// Options every command shares (SPEC §3).
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "Tệp mô hình thay cho mô hình có sẵn (JSON).")
    var model: String?

    @Option(name: .long, help: "Bảng mã của tệp: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.")
    var encoding: String?

    @Option(name: .long, help: "Dấu phân cách cột: ',' ';' hoặc 'tab'.")
    var delimiter: String?

    @Option(name: .long, help: "Mã biểu (ví dụ NO01), khi không muốn tự nhận biết.")
    var form: String?

    @Option(name: .customLong("max-file-size"), help: "Kích thước tệp tối đa (MB); tệp lớn hơn bị từ chối (io-error).")
    var maxFileSize: Double = 512

    @Option(name: .customLong("max-cell-length"), help: "Độ dài tối đa của một ô (byte); ô dài hơn làm tệp hỏng (csv-malformed).")
    var maxCellLength = 1 << 20

    @Flag(name: .long, help: "Không in tiến độ và tóm tắt.")
    var quiet = false

    @Option(name: .long, help: "Ngôn ngữ thông báo: vi hoặc en.")
    var lang: Language = .vi

    enum Language: String, ExpressibleByArgument { case vi, en }

    var english: Bool { lang == .en }

    func validate() throws {
        if let e = encoding, TextEncoding(name: e) == nil {
            throw ValidationError("Bảng mã không hỗ trợ / unknown encoding: '\(e)'. Dùng: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.")
        }
        if !(maxFileSize > 0) || maxCellLength < 1 {
            throw ValidationError("--max-file-size và --max-cell-length phải lớn hơn 0.")
        }
        if let d = delimiter, CommonOptions.delimiterByte(d) == nil {
            throw ValidationError("Dấu phân cách không hỗ trợ / unknown delimiter: '\(d)'. Dùng ',', ';' hoặc 'tab'.")
        }
    }

    static func delimiterByte(_ text: String) -> UInt8? {
        switch text.lowercased() {
        case ",": return UInt8(ascii: ",")
        case ";": return UInt8(ascii: ";")
        case "tab", "\t", "\\t": return UInt8(ascii: "\t")
        default: return nil
        }
    }

    var readOptions: ReadOptions {
        ReadOptions(encoding: encoding.flatMap(TextEncoding.init(name:)), delimiter: delimiter.flatMap(CommonOptions.delimiterByte),
                    maxFileBytes: Int(min(maxFileSize, 1e9) * 1_048_576), maxCellBytes: maxCellLength)
    }

    /// The model to use; a broken one is an exit-2 problem with its own message.
    func loadModel() throws -> Model {
        do {
            let m = try model.map { try Model.load(path: $0) } ?? Model.bundled()
            if let code = form, m.form(code) == nil {
                throw ValidationError("Không có biểu '\(code)' / no form '\(code)'. Có: \(m.forms.map(\.code).joined(separator: ", ")).")
            }
            return m
        } catch let error as ModelError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}

/// The returns to read, shared by `check` and `build`.
struct InputOptions: ParsableArguments {
    @Argument(help: "Tệp hoặc thư mục (tìm .csv, .tsv, .txt trong thư mục con).")
    var paths: [String]

    @Option(name: .customLong("max-issues"), help: "Số vấn đề liệt kê tối đa mỗi tệp (vẫn đếm đủ).")
    var maxIssues = 1000

    func validate() throws {
        if maxIssues < 0 { throw ValidationError("--max-issues ≥ 0") }
    }

    /// The files under the paths; a path that does not exist is an exit-2 problem.
    func files(english: Bool) throws -> [String] {
        do { return try InputFiles.expand(paths) } catch {
            Console.error((english ? "Not found: " : "Không tìm thấy: ") + error.path + WindowsPath.hint(error.path, english: english))
            throw ExitCode(2)
        }
    }
}

/// Standard error, for summaries and progress that must not mix with a report on stdout.
enum Console {
    static func error(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }

    /// A line per workbook while the month is written, on a terminal only: after the files are
    /// read, writing takes seconds that would otherwise look like a hang.
    static func stage(quiet: Bool, english: Bool) -> ((String) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { name in
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + (english ? "Writing \(name)…" : "Đang ghi \(name)…")).utf8))
        }
    }

    /// Progress only on a terminal, never when output is piped (SPEC §3).
    static func progress(quiet: Bool, english: Bool) -> ((Int, Int) -> Void)? {
        guard !quiet, isatty(STDERR_FILENO) != 0 else { return nil }
        return { done, total in
            FileHandle.standardError.write(Data("\r\(done)/\(total) \(english ? "files" : "tệp")…".utf8))
            if done == total { clearLine() }
        }
    }

    /// Wipes the progress or stage line, so what follows starts clean.
    static func clearLine() {
        if isatty(STDERR_FILENO) != 0 { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
