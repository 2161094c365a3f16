import Common
import Foundation

/// The argument parser's own words (its errors, the headings and standard lines of help) in
/// Vietnamese: the parser writes English only, and a clerk working in Vietnamese should not
/// meet "Error: Missing expected argument". Our own option help is written in both languages.
enum ParserText {
    /// The parser's text in the language of the run.
    static func localized(_ text: String) -> String {
        guard !Language.current.english else { return text }
        return phrases.reduce(text) { $0.replacingOccurrences(of: $1.en, with: $1.vi) }
    }

    /// Longer phrases first where one contains another.
    static let phrases: [(en: String, vi: String)] = [
        ("Error: ", "Lỗi: "),
        ("Missing expected argument ", "Thiếu đối số bắt buộc "),
        ("Missing value for ", "Thiếu giá trị cho "),
        ("Missing one of: ", "Thiếu một trong: "),
        ("Missing required subcommand.", "Thiếu lệnh (check, build, template hoặc model)."),
        ("Unknown option ", "Không có tùy chọn "),
        ("Did you mean ", "Có phải "),
        ("Invalid option: ", "Tùy chọn không hợp lệ: "),
        ("Unexpected argument ", "Đối số thừa "),
        (" unexpected arguments: ", " đối số thừa: "),
        ("The value ", "Giá trị "),
        (" is invalid for ", " không hợp lệ cho "),
        (" is invalid.", " không hợp lệ."),
        ("Please provide one of the following:", "Hãy dùng một trong các giá trị sau:"),
        ("Please provide one of ", "Hãy dùng một trong "),
        ("' and '", "' và '"),
        ("Usage: ", "Cách dùng: "),
        ("Help:  ", "Gợi ý:  "),
        ("<subcommand>", "<lệnh>"),
        ("  See '", "  Xem '"),
        ("' for more information.", "' để biết thêm."),
        ("' for detailed help.", "' để xem hướng dẫn chi tiết."),
        ("OVERVIEW: ", "TỔNG QUAN: "),
        ("USAGE: ", "CÁCH DÙNG: "),
        ("ARGUMENTS:", "ĐỐI SỐ:"),
        ("OPTIONS:", "TÙY CHỌN:"),
        ("SUBCOMMANDS:", "LỆNH:"),
        ("Show help information.", "Xem hướng dẫn."),
        ("Show the version.", "Xem phiên bản."),
        ("(default: ", "(mặc định: "),
        ("(default)", "(mặc định)"),
        ("(values: ", "(giá trị: "),
    ]
}
