/// Turns the file's bytes into UTF-8 chunk by chunk, remembering for every output byte the
/// offset of the input byte it came from, so records and errors are positioned in the file.
///
/// UTF-8 input never comes here: the reader scans it in place.
struct Transcoder {
    let encoding: TextEncoding
    /// UTF-16 bytes carried over from the end of the previous chunk (an odd byte, or a high
    /// surrogate waiting for its pair), with the file offset of the first.
    private var carry: [UInt8] = []
    private var carryOffset = 0

    init(encoding: TextEncoding) {
        precondition(encoding != .utf8 && encoding != .utf8BOM)
        self.encoding = encoding
        carry.reserveCapacity(4)
    }

    /// The UTF-8 capacity `decode` needs for `rawCount` input bytes.
    static func outputCapacity(rawCount: Int) -> Int { rawCount * 3 + 8 }

    /// Decodes `raw` (which starts at file offset `base`) into `out`/`offsets`; returns the bytes
    /// written. `isLast` says no more input follows, so nothing may stay carried over.
    mutating func decode(_ raw: UnsafeRawBufferPointer, base: Int, isLast: Bool,
                         out: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>) throws(ReadError) -> Int {
        switch encoding {
        case .windows1258: return try decodeSingleByte(raw, base: base, table: LegacyCodePage.windows1258, out: out, offsets: offsets)
        case .tcvn3: return try decodeSingleByte(raw, base: base, table: LegacyCodePage.tcvn3, out: out, offsets: offsets)
        case .utf16LE, .utf16BE: return try decodeUTF16(raw, base: base, isLast: isLast, out: out, offsets: offsets)
        case .utf8, .utf8BOM: preconditionFailure("UTF-8 is scanned in place")
        }
    }

    private func decodeSingleByte(_ raw: UnsafeRawBufferPointer, base: Int, table: [UInt32],
                                  out: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>) throws(ReadError) -> Int {
        var n = 0
        try table.withUnsafeBufferPointer { (table) throws(ReadError) in
            for i in 0..<raw.count {
                let b = raw[i]
                if b >= 0x18 && b < 0x80 {  // ASCII, outside TCVN3's remapped control codes
                    out[n] = b; offsets[n] = base + i; n += 1
                    continue
                }
                let scalar = table[Int(b)]
                if scalar == 0 { throw Transcoder.undecodable(b, at: base + i, in: encoding) }
                n += Transcoder.writeUTF8(scalar, offset: base + i, out: out + n, offsets: offsets + n)
            }
        }
        return n
    }

    private mutating func decodeUTF16(_ raw: UnsafeRawBufferPointer, base: Int, isLast: Bool,
                                      out: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>) throws(ReadError) -> Int {
        let littleEndian = encoding == .utf16LE
        var n = 0
        var i = 0
        // Units are read from the carried bytes first, then from this chunk.
        let carried = carry.count
        func byte(_ k: Int) -> UInt8 { k < carried ? carry[k] : raw[k - carried] }
        func offset(_ k: Int) -> Int { k < carried ? carryOffset + k : base + k - carried }
        let total = carried + raw.count
        func unit(_ k: Int) -> UInt32 {
            littleEndian ? UInt32(byte(k)) | UInt32(byte(k + 1)) << 8 : UInt32(byte(k)) << 8 | UInt32(byte(k + 1))
        }
        while i + 2 <= total {
            let u = unit(i)
            var scalar = u
            var width = 2
            if u >= 0xD800 && u <= 0xDBFF {
                if i + 4 > total { break }
                let low = unit(i + 2)
                guard low >= 0xDC00 && low <= 0xDFFF else {
                    throw ReadError(code: .encodingInvalid, byteOffset: offset(i), detail: "unpaired UTF-16 surrogate")
                }
                scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                width = 4
            } else if u >= 0xDC00 && u <= 0xDFFF {
                throw ReadError(code: .encodingInvalid, byteOffset: offset(i), detail: "unpaired UTF-16 surrogate")
            } else if u == 0 {
                throw ReadError(code: .encodingInvalid, byteOffset: offset(i), detail: "NUL character")
            }
            n += Transcoder.writeUTF8(scalar, offset: offset(i), out: out + n, offsets: offsets + n)
            i += width
        }
        var rest: [UInt8] = []
        let restOffset = i < total ? offset(i) : 0
        while i < total { rest.append(byte(i)); i += 1 }
        carry = rest
        carryOffset = restOffset
        if isLast && !carry.isEmpty {
            let detail = carry.count == 1 ? "odd number of bytes in UTF-16 text" : "unpaired UTF-16 surrogate"
            throw ReadError(code: .encodingInvalid, byteOffset: carryOffset, detail: detail)
        }
        return n
    }

    private static func writeUTF8(_ scalar: UInt32, offset: Int, out: UnsafeMutablePointer<UInt8>, offsets: UnsafeMutablePointer<Int>) -> Int {
        let n: Int
        switch scalar {
        case 0..<0x80:
            out[0] = UInt8(scalar); n = 1
        case 0x80..<0x800:
            out[0] = UInt8(0xC0 | scalar >> 6); out[1] = UInt8(0x80 | scalar & 0x3F); n = 2
        case 0x800..<0x10000:
            out[0] = UInt8(0xE0 | scalar >> 12); out[1] = UInt8(0x80 | (scalar >> 6) & 0x3F)
            out[2] = UInt8(0x80 | scalar & 0x3F); n = 3
        default:
            out[0] = UInt8(0xF0 | scalar >> 18); out[1] = UInt8(0x80 | (scalar >> 12) & 0x3F)
            out[2] = UInt8(0x80 | (scalar >> 6) & 0x3F); out[3] = UInt8(0x80 | scalar & 0x3F); n = 4
        }
        for k in 0..<n { offsets[k] = offset }
        return n
    }

    static func undecodable(_ byte: UInt8, at offset: Int, in encoding: TextEncoding) -> ReadError {
        let hex = String(byte, radix: 16, uppercase: true)
        let detail = byte == 0 ? "NUL byte" : "byte 0x\(hex.count == 1 ? "0" + hex : hex) is not defined in \(encoding.rawValue)"
        return ReadError(code: .encodingInvalid, byteOffset: offset, detail: detail)
    }
}
