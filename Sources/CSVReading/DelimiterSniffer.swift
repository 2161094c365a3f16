/// Guesses the delimiter among `,` `;` and TAB from the start of the decoded text.
///
/// The header row may sit under a few title lines, and a `;` file's cells carry unquoted commas
/// ("Xã, thị trấn"), so "the most frequent character" is not enough. Each candidate parses the
/// first 15 records with the reader's own quoting rule (a quote opens a cell only as its first
/// character) and counts itself outside quotes in each. Its score is its count on the record
/// where it is most frequent — the header, normally — times the number of records with exactly
/// that count: a table's header and rows repeat their delimiter count (Excel pads even title
/// lines to the table's width), while commas in free text do not. The highest score wins; ties
/// go to `;`, then `,`, then TAB (Vietnamese Excel writes `;`). Text with none of them is read
/// with `,`.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
    static let maxRecords = 15

    static func sniff(_ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var best = UInt8(ascii: ",")
        var bestScore = 0
        for candidate in candidates {
            let counts = delimiterCounts(text, candidate)
            let most = counts.max() ?? 0
            let score = most * counts.filter { $0 == most }.count
            if score > bestScore { best = candidate; bestScore = score }
        }
        return best
    }

    /// How many times `delimiter` separates cells in each of the first records.
    private static func delimiterCounts(_ text: UnsafeBufferPointer<UInt8>, _ delimiter: UInt8) -> [Int] {
        let quote = UInt8(ascii: "\"")
        var counts: [Int] = []
        var count = 0
        var atCellStart = true
        var inQuotes = false
        var k = 0
        while k < text.count && counts.count < maxRecords {
            let b = text[k]
            k += 1
            if inQuotes {
                if b == quote {
                    if k < text.count && text[k] == quote { k += 1 } else { inQuotes = false }
                }
                continue
            }
            switch b {
            case quote where atCellStart:
                inQuotes = true
                atCellStart = false
            case delimiter:
                count += 1
                atCellStart = true
            case 0x0A, 0x0D:
                if b == 0x0D, k < text.count, text[k] == 0x0A { k += 1 }
                counts.append(count)
                count = 0
                atCellStart = true
            default:
                atCellStart = false
            }
        }
        if count > 0 && counts.count < maxRecords { counts.append(count) }
        return counts
    }
}
