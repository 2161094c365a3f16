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
        var total = 0
        try file.forEachChunk(size: FileSurvey.chunkSize) { (chunk, offset, _) throws(ReadError) in
            if offset + chunk.count > maxBytes {
                throw ReadError(code: .ioError, detail: "file larger than \(maxBytes) bytes")
            }
            hash.update(chunk)
            if offset == 0 { bom = FileSurvey.bom(chunk) }
            if firstInvalidUTF8 == nil || firstNUL == nil { scan(chunk, at: offset, validator: &validator) }
            total = offset + chunk.count
            return true
        }
        validator.finish()
        firstInvalidUTF8 = validator.firstInvalid
        size = total
        sha256 = hash.hexDigest()
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
