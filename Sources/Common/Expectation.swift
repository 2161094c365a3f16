/// What a cell should have held, said to the clerk with an example: the structured part of a
/// `type-…` or `number-ambiguous` message, worded only when the report is written.
public enum Expectation: Hashable, Sendable {
    case integer
    /// Whole đồng.
    case money
    /// `comma`: the file writes decimals with a comma (Vietnamese), so the example does too.
    case decimal(comma: Bool)
    case percent(comma: Bool)
    case year
    case boolean
    case date
    /// A date in a file written month first (`date-order-us`) that reads both ways.
    case dateOneReading
    /// A number whose marks read one way only.
    case unambiguousNumber(comma: Bool)

    public func text(english: Bool) -> String {
        switch self {
        case .integer:
            return english ? "a whole number, e.g. 1234" : "số nguyên, ví dụ 1234"
        case .money:
            return english ? "an amount in dong (VND), e.g. 60.000.000" : "số tiền (đồng), ví dụ 60.000.000"
        case .decimal(let comma):
            let example = comma ? "1234,5" : "1234.5"
            return english ? "a number, e.g. \(example)" : "số, ví dụ \(example)"
        case .percent(let comma):
            let example = comma ? "95,5%" : "95.5%"
            return english ? "a percentage, e.g. 95 or \(example)" : "tỷ lệ phần trăm, ví dụ 95 hoặc \(example)"
        case .year:
            return english ? "a four-digit year, e.g. 1965" : "năm gồm 4 chữ số, ví dụ 1965"
        case .boolean:
            return english ? "«Có» or «Không» (yes or no)" : "Có hoặc Không"
        case .date:
            return english ? "a date as day/month/year, e.g. 31/05/2024" : "ngày dạng ngày/tháng/năm, ví dụ 31/05/2024"
        case .dateOneReading:
            return english
                ? "a date that reads one way only: this file writes the month first, so this one could be either; write year-month-day, e.g. 2024-05-31"
                : "ngày chỉ đọc được một cách: tệp này ghi tháng trước ngày nên ngày này đọc được cả hai cách; hãy ghi năm-tháng-ngày, ví dụ 2024-05-31"
        case .unambiguousNumber(let comma):
            let example = comma ? "1234 hoặc 1234,5" : "1234 hoặc 1234.5"
            return english
                ? "a number written one way only, not mixing the decimal mark with the thousands separator, e.g. \(comma ? "1234 or 1234,5" : "1234 or 1234.5")"
                : "số viết rõ ràng, không lẫn dấu thập phân với dấu phân cách hàng nghìn, ví dụ \(example)"
        }
    }
}
