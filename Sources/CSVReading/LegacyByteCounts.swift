import Common

/// Counts of the high bytes of a file that is not UTF-8, to tell the legacy code pages apart
/// and find the first byte a code page leaves undefined. A second pass, made only for such
/// files, keeps the UTF-8 survey lean.
struct LegacyByteCounts {
    /// Occurrences of each byte value; only NUL and bytes ≥ 0x80 are counted.
    private var counts = [Int](repeating: 0, count: 256)
    /// Offset of the first occurrence of each counted byte value, or -1.
    private var firstOffset = [Int](repeating: -1, count: 256)

    init(file: InputFile) throws(ReadError) {
        try file.forEachChunk(size: FileSurvey.chunkSize) { (chunk, offset, _) in
            for (i, byte) in chunk.enumerated() where byte >= 0x80 || byte == 0 {
                let b = Int(byte)
                counts[b] += 1
                if firstOffset[b] < 0 { firstOffset[b] = offset + i }
            }
            return true
        }
    }

    /// Chooses between the legacy code pages for bytes that are not UTF-8.
    ///
    /// TCVN3 text is full of bytes 0xA1–0xBF (ă â ê ô ơ ư đ and the toned a's), which
    /// Windows-1258 spends on rare symbols (¡ § ¬ ©); Windows-1258 text is full of its five
    /// combining tone marks 0xCC 0xEC 0xD2 0xDE 0xF2. The file is TCVN3 when the first group
    /// outnumbers the second, or when it holds a byte Windows-1258 leaves undefined (TCVN3
    /// defines all 256); otherwise Windows-1258, what Excel writes on Vietnamese Windows.
    func guess() -> TextEncoding {
        let symbols = counts[0xA1...0xBF].reduce(0, +)
        let marks = [0xCC, 0xEC, 0xD2, 0xDE, 0xF2].reduce(0) { $0 + counts[$1] }
        let undefinedInWindows1258 = (0x80...0xFF).contains { counts[$0] > 0 && LegacyCodePage.windows1258[$0] == 0 }
        return symbols > marks || undefinedInWindows1258 ? .tcvn3 : .windows1258
    }

    /// The first byte a single-byte code page cannot decode (an undefined byte or NUL), with its value.
    func firstUndecodable(in table: [UInt32]) -> (offset: Int, byte: UInt8)? {
        var first: (offset: Int, byte: UInt8)?
        for b in 0..<256 where firstOffset[b] >= 0 && table[b] == 0 {
            if first == nil || firstOffset[b] < first!.offset { first = (firstOffset[b], UInt8(b)) }
        }
        return first
    }
}
