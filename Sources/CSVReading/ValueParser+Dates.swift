import Common

/// Dates as communes write them.
///
/// Day first, always: `d/m/yyyy` with `/`, `-` or `.` (the same one twice); year first:
/// `yyyy-mm-dd` (also with `/` or `.`). Month first is never read, so `05/12/2024` is the 5th of
/// December. A two-digit year is 20yy with the warning `date-two-digit-year`. A bare integer
/// from 20000 to 80000 (1954-2119) is an Excel serial number, what a date cell formatted as a
/// number exports, with the warning `date-serial`. A time of day after the date (`31/05/2024
/// 00:00`, `2024-05-31T08:30:00`) is dropped: exports of date-time cells carry one.
extension ValueParser {
    public static func date(_ text: String) -> Result<DateValue, ValueIssue> {
        let failure = ValueIssue(code: .typeDate, expected: .date)
        var bytes = Array(text.utf8)
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") }) {
            guard isTimeOfDay(bytes[(cut + 1)...]) else { return .failure(failure) }
            bytes = Array(bytes[..<cut])
        }
        guard !bytes.isEmpty else { return .failure(failure) }

        if bytes.allSatisfy(isDigit) {
            guard bytes.count == 5, let serial = Int(String(decoding: bytes, as: UTF8.self)), (20000...80000).contains(serial) else {
                return .failure(failure)
            }
            return .success(DateValue(day: Day(excelSerial: serial), warning: .dateSerial))
        }

        guard let separator = bytes.first(where: { !isDigit($0) }),
              separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else {
            return .failure(failure)
        }
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(isDigit) }) else { return .failure(failure) }
        let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let lengths = parts.map(\.count)

        var year: Int, month: Int, dayOfMonth: Int
        var warning: IssueCode?
        if lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 {
            (year, month, dayOfMonth) = (numbers[0], numbers[1], numbers[2])
        } else if lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2) {
            (dayOfMonth, month, year) = (numbers[0], numbers[1], numbers[2])
            if lengths[2] == 2 {
                year += 2000
                warning = .dateTwoDigitYear
            }
        } else {
            return .failure(failure)
        }
        guard let day = Day(year: year, month: month, day: dayOfMonth) else { return .failure(failure) }
        return .success(DateValue(day: day, warning: warning))
    }

    private static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }

    /// `h:mm` or `h:mm:ss`, hours 0-23.
    private static func isTimeOfDay(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = bytes.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(isDigit) }) else { return false }
        let values = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return values[0] < 24 && values.dropFirst().allSatisfy { $0 < 60 }
    }
}
