import Common
import ArgumentParser
import CSVReading

/// How return files are read (`--encoding`, `--delimiter`, and the limits that bound what one
/// file can cost), for the commands that read returns (`check`, `build`, `import`): `template` and `model` read no returns and do
/// not list these options.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: Language.help("Bảng mã của tệp: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.",
                                             "The files' encoding: utf-8, windows-1258, tcvn3, utf-16le, utf-16be."))
    var encoding: String?

    @Option(name: .long, help: Language.help("Dấu phân cách cột: ',' ';' hoặc 'tab'.",
                                             "Column delimiter: ',' ';' or 'tab'."))
    var delimiter: String?

    @Option(name: .customLong("max-file-size"), help: Language.help("Kích thước tệp tối đa (MB); tệp lớn hơn bị từ chối (io-error; tệp .xlsx lớn hơn, kể cả khi giải nén: file-too-large).",
                                                                    "Largest file size (MB); larger files are refused (io-error; an .xlsx larger, or inflating larger: file-too-large)."))
    var maxFileSize: Double = 512

    @Option(name: .customLong("max-cell-length"), help: Language.help("Độ dài tối đa của một ô (byte); ô dài hơn làm tệp hỏng (csv-malformed).",
                                                                      "Longest cell (bytes); a longer cell makes the file malformed (csv-malformed)."))
    var maxCellLength = 1 << 20

    func validate() throws {
        if let e = encoding, TextEncoding(name: e) == nil {
            throw ValidationError(Language.pick("Bảng mã không hỗ trợ: '\(e)'. Dùng: utf-8, windows-1258, tcvn3, utf-16le, utf-16be.",
                                                "Unknown encoding: '\(e)'. Use: utf-8, windows-1258, tcvn3, utf-16le, utf-16be."))
        }
        if !(maxFileSize > 0) || maxCellLength < 1 {
            throw ValidationError(Language.pick("--max-file-size và --max-cell-length phải lớn hơn 0.",
                                                "--max-file-size and --max-cell-length must be greater than 0."))
        }
        if let d = delimiter, ReadingOptions.delimiterByte(d) == nil {
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
        ReadOptions(encoding: encoding.flatMap(TextEncoding.init(name:)), delimiter: delimiter.flatMap(ReadingOptions.delimiterByte),
                    maxFileBytes: Int(min(maxFileSize, 1e9) * 1_048_576), maxCellBytes: maxCellLength)
    }
}
