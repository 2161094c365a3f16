import ArgumentParser
import Common

/// `--period` as typed: the shape `YYYY-MM`, a month 01-12, and a year returns can be for
/// (2000 to next year), each refused with its own reason, in the language of argument errors.
enum PeriodOption {
    static var years: ClosedRange<Int> { 2000...(Inputs.today().year + 1) }

    static func check(_ text: String, english: Bool = Language.current.english) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2, let year = Int(parts[0]), let month = Int(parts[1]) else {
            throw ValidationError(english ? "--period \(text): write the month as YYYY-MM, e.g. 2024-05."
                                          : "--period \(text): hãy ghi kỳ báo cáo dạng YYYY-MM, ví dụ 2024-05.")
        }
        guard (1...12).contains(month) else {
            throw ValidationError(english ? "--period \(text): the month is 01 to 12." : "--period \(text): tháng phải từ 01 đến 12.")
        }
        guard years.contains(year) else {
            throw ValidationError(english
                ? "--period \(text): returns are for a month from 2000-01 to \(years.upperBound)-12; check the year."
                : "--period \(text): kỳ báo cáo phải từ 2000-01 đến \(years.upperBound)-12; hãy kiểm tra lại năm.")
        }
    }
}
