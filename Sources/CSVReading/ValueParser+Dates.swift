import Common

/// Dates as communes write them.
///
/// Day first: `d/m/yyyy` with `/`, `-` or `.` (the same one twice); year first: `yyyy-mm-dd`
/// (also with `/` or `.`). Month first is read only in a file found to write its dates so
/// (``dateOrder(_:)``, `date-order-us`), and then only where it is the one reading: there
/// `03/25/2024` is 25 March and `04/05/2024`, which reads both ways, is not guessed. A
/// two-digit year is 20yy with the warning `date-two-digit-year`. A bare integer from 20000
/// to 80000 (1954-2119) is an Excel serial number, what a date cell formatted as a number
/// exports, with the warning `date-serial`. A time of day after the date (`31/05/2024
/// 00:00`, `2024-05-31T08:30:00`) is dropped: exports of date-time cells carry one.
extension ValueParser {
    public static func date(_ text: String, monthFirst: Bool = false) -> Result<DateValue, ValueIssue> {
        let failure = ValueIssue(code: .typeDate, expected: .date)
        switch DateShape(text) {
        case nil:
            return .failure(failure)
        case .serial(let serial):
            return .success(DateValue(day: Day(excelSerial: serial), warning: .dateSerial))
        case .yearFirst(let year, let month, let dayOfMonth):
            guard let day = Day(year: year, month: month, day: dayOfMonth) else { return .failure(failure) }
            return .success(DateValue(day: day, warning: nil))
        case .dayOrMonthFirst(let first, let second, let year, let twoDigitYear):
            let warning: IssueCode? = twoDigitYear ? .dateTwoDigitYear : nil
            let dayFirst = Day(year: year, month: second, day: first)
            guard monthFirst, let read = Day(year: year, month: first, day: second), first != second else {
                return dayFirst.map { .success(DateValue(day: $0, warning: warning)) } ?? .failure(failure)
            }
            guard dayFirst == nil else { return .failure(ValueIssue(code: .typeDate, expected: .dateOneReading)) }
            return .success(DateValue(day: read, warning: warning))
        }
    }

    /// Which ways a date written `d/m/y` reads; `nil` for every other text, and for one whose
    /// day and month are the same number.
    public static func dateOrder(_ text: String) -> DateOrder? {
        guard case .dayOrMonthFirst(let first, let second, let year, _) = DateShape(text), first != second else { return nil }
        switch (Day(year: year, month: second, day: first) != nil, Day(year: year, month: first, day: second) != nil) {
        case (true, false): return .dayFirst
        case (false, true): return .monthFirst
        case (true, true): return .either
        case (false, false): return nil
        }
    }
}
