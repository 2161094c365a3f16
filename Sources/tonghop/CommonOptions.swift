import ArgumentParser
import CSVReading
import Foundation
import TaskModel
import Validation

/// Options every command shares (SPEC §3).
struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Tệp mô hình thay cho mô hình có sẵn (JSON).",
                                             "A model file (JSON) to use instead of the built-in model."))
    var model: String?

    @Option(name: .long, help: Language.help("Bảng mã của tệp: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.",
                                             "The files' encoding: utf-8, windows-1258, tcvn3, utf-16le, utf-16be."))
    var encoding: String?

    @Option(name: .long, help: Language.help("Dấu phân cách cột: ',' ';' hoặc 'tab'.",
                                             "Column delimiter: ',' ';' or 'tab'."))
    var delimiter: String?

    @Option(name: .long, help: Language.help("Mã biểu (ví dụ NO01), khi không muốn tự nhận biết.",
                                             "Form code (e.g. NO01), instead of detecting it."))
    var form: String?

    @Option(name: .customLong("max-file-size"), help: Language.help("Kích thước tệp tối đa (MB); tệp lớn hơn bị từ chối (io-error).",
                                                                    "Largest file size (MB); larger files are refused (io-error)."))
    var maxFileSize: Double = 512

    @Option(name: .customLong("max-cell-length"), help: Language.help("Độ dài tối đa của một ô (byte); ô dài hơn làm tệp hỏng (csv-malformed).",
                                                                      "Longest cell (bytes); a longer cell makes the file malformed (csv-malformed)."))
    var maxCellLength = 1 << 20

    @Flag(name: .long, help: Language.help("Không in tiến độ và tóm tắt.",
                                           "Print no progress and no summary."))
    var quiet = false

    @Option(name: .long, help: Language.help("Ngôn ngữ thông báo: vi hoặc en.",
                                             "Language of messages: vi or en."))
    var lang: Language = .vi

    var english: Bool { lang == .en }

    func validate() throws {
        if let e = encoding, TextEncoding(name: e) == nil {
            throw ValidationError(Language.pick("Bảng mã không hỗ trợ: '\(e)'. Dùng: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.",
                                                "Unknown encoding: '\(e)'. Use: utf-8, windows-1258, tcvn3, utf-16le, utf-16be."))
        }
        if !(maxFileSize > 0) || maxCellLength < 1 {
            throw ValidationError(Language.pick("--max-file-size và --max-cell-length phải lớn hơn 0.",
                                                "--max-file-size and --max-cell-length must be greater than 0."))
        }
        if let d = delimiter, CommonOptions.delimiterByte(d) == nil {
            throw ValidationError(Language.pick("Dấu phân cách không hỗ trợ: '\(d)'. Dùng ',', ';' hoặc 'tab'.",
                                                "Unknown delimiter: '\(d)'. Use ',', ';' or 'tab'."))
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
                throw ValidationError(Language.pick("Không có biểu '\(code)'. Có: \(m.forms.map(\.code).joined(separator: ", ")).",
                                                    "No form '\(code)'. There are: \(m.forms.map(\.code).joined(separator: ", "))."))
            }
            return m
        } catch let error as ModelError {
            FileHandle.standardError.write(Data((error.description + "\n").utf8))
            throw ExitCode(2)
        }
    }
}
