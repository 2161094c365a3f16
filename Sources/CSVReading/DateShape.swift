/// The numbers of a date cell before they are taken as a day.
enum DateShape {
    case serial(Int)
    case yearFirst(year: Int, month: Int, day: Int)
    /// `a/b/y`: day first `a` is the day, month first `b` is.
    case dayOrMonthFirst(Int, Int, year: Int, twoDigitYear: Bool)

    init?(_ text: String) {
        var bytes = Array(text.utf8)
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") }) {
            guard DateShape.isTimeOfDay(bytes[(cut + 1)...]) else { return nil }
            bytes = Array(bytes[..<cut])
        }
        guard !bytes.isEmpty else { return nil }
        if bytes.allSatisfy(DateShape.isDigit) {
            guard bytes.count == 5, let serial = Int(String(decoding: bytes, as: UTF8.self)), (20000...80000).contains(serial) else {
                return nil
            }
            self = .serial(serial)
            return
        }
        guard let separator = bytes.first(where: { !DateShape.isDigit($0) }),
              separator == UInt8(ascii: "/") || separator == UInt8(ascii: "-") || separator == UInt8(ascii: ".") else { return nil }
        let parts = bytes.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ (1...4).contains($0.count) && $0.allSatisfy(DateShape.isDigit) }) else { return nil }
        let numbers = parts.map { $0.reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let lengths = parts.map(\.count)
        if lengths[0] == 4 && lengths[1] <= 2 && lengths[2] <= 2 {
            self = .yearFirst(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if lengths[0] <= 2 && lengths[1] <= 2 && (lengths[2] == 4 || lengths[2] == 2) {
            let twoDigit = lengths[2] == 2
            self = .dayOrMonthFirst(numbers[0], numbers[1], year: twoDigit ? 2000 + numbers[2] : numbers[2], twoDigitYear: twoDigit)
        } else {
            return nil
        }
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
