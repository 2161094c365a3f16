import Common

/// What one pass over the raw bytes learns before any record is read: the size, the SHA-256,
/// the BOM, whether the bytes are valid UTF-8 (and where they stop being so), and the first NUL.
///
/// The pass is cheap next to parsing and lets every encoding problem be reported when the file
/// is opened, before any record has been handed out.
struct FileSurvey {
    static let chunkSize = 64 << 10

    var size = 0
    var sha256 = ""
    var bom: TextEncoding?
    /// Offset of the first byte that is not valid UTF-8 (the lead byte of a bad sequence).
    var firstInvalidUTF8: Int?
    /// Offset of the first NUL, which no real CSV holds in any 8-bit encoding.
    var firstNUL: Int?

    init(file: InputFile, maxBytes: Int) throws(ReadError) {
        let declared = try file.size()
        if declared > maxBytes {
            throw ReadError(code: .ioError, detail: "file larger than \(maxBytes) bytes")
        }
        var hash = SHA256()
        var validator = UTF8Validator()
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: FileSurvey.chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        var offset = 0
        while true {
            let n = try file.readFully(into: buffer.baseAddress!, count: FileSurvey.chunkSize)
            if n == 0 { break }
            if offset + n > maxBytes {
                throw ReadError(code: .ioError, detail: "file larger than \(maxBytes) bytes")
            }
            let chunk = UnsafeRawBufferPointer(rebasing: buffer[0..<n])
            hash.update(chunk)
            if offset == 0 { bom = FileSurvey.bom(chunk) }
            if firstInvalidUTF8 == nil || firstNUL == nil { scan(chunk, at: offset, validator: &validator) }
            offset += n
        }
        validator.finish()
        firstInvalidUTF8 = validator.firstInvalid
        size = offset
        sha256 = hash.hexDigest()
        try file.rewind()
    }

    private static func bom(_ bytes: UnsafeRawBufferPointer) -> TextEncoding? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8BOM }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }

    private mutating func scan(_ bytes: UnsafeRawBufferPointer, at base: Int, validator: inout UTF8Validator) {
        let n = bytes.count
        var i = 0
        let high: UInt64 = 0x8080_8080_8080_8080
        let ones: UInt64 = 0x0101_0101_0101_0101
        while i < n {
            // Eight plain ASCII bytes (no high bit, no NUL) at a time: most of any return.
            if validator.pending == 0, i + 8 <= n {
                let word = bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & high == 0, (word &- ones) & ~word & high == 0 { i += 8; continue }
            }
            let b = bytes[i]
            if b == 0, firstNUL == nil { firstNUL = base + i }
            if b >= 0x80 || validator.pending > 0 { validator.consume(b, at: base + i) }
            i += 1
        }
    }
}

/// Counts of the high bytes of a file that is not UTF-8, to tell the legacy code pages apart
/// and find the first byte a code page leaves undefined. A second pass, made only for such
/// files, keeps the UTF-8 survey lean.
struct LegacyByteCounts {
    /// Occurrences of each byte value; only NUL and bytes ≥ 0x80 are counted.
    private var counts = [Int](repeating: 0, count: 256)
    /// Offset of the first occurrence of each counted byte value, or -1.
    private var firstOffset = [Int](repeating: -1, count: 256)

    init(file: InputFile) throws(ReadError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: FileSurvey.chunkSize, alignment: 8)
        defer { buffer.deallocate() }
        var offset = 0
        while true {
            let n = try file.readFully(into: buffer.baseAddress!, count: FileSurvey.chunkSize)
            if n == 0 { break }
            for i in 0..<n {
                let b = Int(buffer[i])
                if b >= 0x80 || b == 0 {
                    counts[b] += 1
                    if firstOffset[b] < 0 { firstOffset[b] = offset + i }
                }
            }
            offset += n
        }
        try file.rewind()
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

/// A streaming UTF-8 validator (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).
struct UTF8Validator {
    /// Continuation bytes still expected.
    private(set) var pending = 0
    private var low: UInt8 = 0x80
    private var high: UInt8 = 0xBF
    private var sequenceStart = 0
    private(set) var firstInvalid: Int?

    @inline(__always)
    mutating func consume(_ b: UInt8, at offset: Int) {
        if firstInvalid != nil { return }
        if pending > 0 {
            guard b >= low && b <= high else { firstInvalid = sequenceStart; pending = 0; return }
            pending -= 1
            low = 0x80; high = 0xBF
            return
        }
        if b < 0x80 { return }
        sequenceStart = offset
        switch b {
        case 0xC2...0xDF: pending = 1
        case 0xE0: pending = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE, 0xEF: pending = 2
        case 0xED: pending = 2; high = 0x9F
        case 0xF0: pending = 3; low = 0x90
        case 0xF1...0xF3: pending = 3
        case 0xF4: pending = 3; high = 0x8F
        default: firstInvalid = offset
        }
    }

    /// A sequence cut off by the end of the file is invalid where it started.
    mutating func finish() {
        if firstInvalid == nil, pending > 0 { firstInvalid = sequenceStart }
    }
}
