/// The numbers of a date cell before they are taken as a day.
enum DateShape {
    case serial(Int)
    case yearFirst(year: Int, month: Int, day: Int)
    /// `a/b/y`: day first `a` is the day, month first `b` is.
    case dayOrMonthFirst(Int, Int, year: Int, twoDigitYear: Bool)

    init?(_ text: String) {
        var text = text
        guard let shape = text.withUTF8({ DateShape(bytes: $0) }) else { return nil }
        self = shape
    }

    /// One pass over the bytes, nothing allocated: a date column is read in every row.
    private init?(bytes: UnsafeBufferPointer<UInt8>) {
        var end = bytes.count
        if let cut = bytes.firstIndex(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "T") }) {
            guard DateShape.isTimeOfDay(UnsafeBufferPointer(rebasing: bytes[(cut + 1)...])) else { return nil }
            end = cut
        }
        guard end > 0 else { return nil }
        // Up to three runs of digits, split by one separator written the same each time.
        var numbers: InlineArray<3, Int> = [0, 0, 0], lengths: InlineArray<3, Int> = [0, 0, 0]
        var part = 0, separator: UInt8 = 0
        for b in bytes[..<end] {
            if DateShape.isDigit(b) {
                // Five digits is the longest anything here may have (a serial number).
                guard lengths[part] < 5 else { return nil }
                numbers[part] = numbers[part] * 10 + Int(b - 0x30)
                lengths[part] += 1
                continue
            }
            if separator == 0 {
                guard b == UInt8(ascii: "/") || b == UInt8(ascii: "-") || b == UInt8(ascii: ".") else { return nil }
                separator = b
            }
            guard b == separator, part < 2 else { return nil }
            part += 1
        }
        if part == 0 {
            guard lengths[0] == 5, (20000...80000).contains(numbers[0]) else { return nil }
            self = .serial(numbers[0])
            return
        }
        guard part == 2, (0..<3).allSatisfy({ (1...4).contains(lengths[$0]) }) else { return nil }
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
    private static func isTimeOfDay(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var values: InlineArray<3, Int> = [0, 0, 0], lengths: InlineArray<3, Int> = [0, 0, 0]
        var part = 0
        for b in bytes {
            if b == UInt8(ascii: ":") {
                guard part < 2 else { return false }
                part += 1
            } else {
                guard isDigit(b), lengths[part] < 2 else { return false }
                values[part] = values[part] * 10 + Int(b - 0x30)
                lengths[part] += 1
            }
        }
        guard part >= 1, (0...part).allSatisfy({ lengths[$0] >= 1 }) else { return false }
        return values[0] < 24 && (1...part).allSatisfy { values[$0] < 60 }
    }
}
