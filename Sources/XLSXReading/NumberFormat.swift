/// What a cell's number format says a number means: a date, a percentage, or just a number.
enum NumberFormat: Sendable {
    case plain
    case date
    case percent

    /// Built-in formats (ECMA-376 §18.8.30): 14–17 and 22 are dates, 27–36 and 50–58 the
    /// East Asian date formats; 9 and 10 are percentages. Times of day alone (18–21, 45–47)
    /// stay numbers.
    static func builtIn(_ id: Int) -> NumberFormat {
        switch id {
        case 14...17, 22, 27...36, 50...58: return .date
        case 9, 10: return .percent
        default: return .plain
        }
    }

    /// A custom format code such as `dd/mm/yyyy`, `[$-42A]d/m/yyyy;@` or `0.0%`. Its first
    /// section decides; quoted text, escaped characters, fill and padding characters and
    /// bracketed parts (colours, conditions, locales) are not letters of the format.
    static func custom(_ code: String) -> NumberFormat {
        var hasDate = false, hasPercent = false
        var quoted = false, bracket = false, skipNext = false
        for ch in code.unicodeScalars {
            if skipNext { skipNext = false; continue }
            if quoted { if ch == "\"" { quoted = false }; continue }
            if bracket { if ch == "]" { bracket = false }; continue }
            switch ch {
            case "\"": quoted = true
            case "[": bracket = true
            case "\\", "_", "*": skipNext = true
            case ";": return hasDate ? .date : hasPercent ? .percent : .plain
            case "d", "D", "y", "Y": hasDate = true
            case "%": hasPercent = true
            default: break
            }
        }
        return hasDate ? .date : hasPercent ? .percent : .plain
    }
}
