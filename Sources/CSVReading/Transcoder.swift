/// Turns raw chunks of a file in a known encoding into UTF-8, chunk by chunk, carrying
/// what straddles a chunk boundary (half a UTF-16 unit, a high surrogate).
struct Transcoder {
    let encoding: TextEncoding
    private var table: [[UInt8]] = []
    private var carry: UInt8?
    private var highSurrogate: (unit: UInt32, offset: Int)?
    /// Raw bytes consumed so far, for error offsets.
    private(set) var offset = 0

    init(encoding: TextEncoding) {
        self.encoding = encoding
        switch encoding {
        case .windows1258: table = SingleByteTable.windows1258.utf8
        case .tcvn3: table = SingleByteTable.tcvn3.utf8
        default: break
        }
    }

    /// Appends the UTF-8 of `chunk` to `out`.
    mutating func convert(_ chunk: [UInt8], into out: inout [UInt8]) throws(ReadError) {
        let start = offset
        defer { offset += chunk.count }
        switch encoding {
        case .utf8, .utf8BOM:
            if start == 0, chunk.starts(with: [0xEF, 0xBB, 0xBF]) { out.append(contentsOf: chunk.dropFirst(3)) } else { out.append(contentsOf: chunk) }
        case .windows1258, .tcvn3:
            for (i, b) in chunk.enumerated() {
                if b < 0x80 { out.append(b); continue }
                let utf8 = table[Int(b)]
                if utf8.isEmpty { throw ReadError(.encodingInvalid, byteOffset: start + i, detail: "byte 0x\(String(b, radix: 16)) undefined in \(encoding.rawValue)") }
                out.append(contentsOf: utf8)
            }
        case .utf16LE, .utf16BE:
            var i = 0
            var bytes = chunk[...]
            var pairStart = start
            if let c = carry, let first = bytes.first {
                try unit(encoding == .utf16LE ? UInt32(c) | UInt32(first) << 8 : UInt32(c) << 8 | UInt32(first), at: start - 1, out: &out)
                bytes = bytes.dropFirst()
                carry = nil
                pairStart = start + 1
            }
            let arr = Array(bytes)
            while i + 1 < arr.count {
                let u = encoding == .utf16LE ? UInt32(arr[i]) | UInt32(arr[i + 1]) << 8 : UInt32(arr[i]) << 8 | UInt32(arr[i + 1])
                if !(pairStart == 0 && i == 0 && u == 0xFEFF) { try unit(u, at: pairStart + i, out: &out) }
                i += 2
            }
            if i < arr.count { carry = arr[i] }
        }
    }

    /// Checks nothing is left half-decoded at the end of the file.
    mutating func finish() throws(ReadError) {
        if carry != nil { throw ReadError(.encodingInvalid, byteOffset: offset - 1, detail: "odd number of bytes in UTF-16 text") }
        if let h = highSurrogate { throw ReadError(.encodingInvalid, byteOffset: h.offset, detail: "unpaired UTF-16 surrogate") }
    }

    private mutating func unit(_ u: UInt32, at position: Int, out: inout [UInt8]) throws(ReadError) {
        var scalar = u
        if let h = highSurrogate {
            guard (0xDC00...0xDFFF).contains(u) else {
                throw ReadError(.encodingInvalid, byteOffset: h.offset, detail: "unpaired UTF-16 surrogate")
            }
            scalar = 0x10000 + ((h.unit - 0xD800) << 10) + (u - 0xDC00)
            highSurrogate = nil
        } else if (0xD800...0xDBFF).contains(u) {
            highSurrogate = (u, position)
            return
        } else if (0xDC00...0xDFFF).contains(u) {
            throw ReadError(.encodingInvalid, byteOffset: position, detail: "unpaired UTF-16 surrogate")
        }
        if scalar == 0 { throw ReadError(.encodingInvalid, byteOffset: position, detail: "NUL character") }
        switch scalar {
        case 0..<0x80: out.append(UInt8(scalar))
        case 0x80..<0x800:
            out.append(UInt8(0xC0 | scalar >> 6)); out.append(UInt8(0x80 | scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(UInt8(0xE0 | scalar >> 12)); out.append(UInt8(0x80 | (scalar >> 6) & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        default:
            out.append(UInt8(0xF0 | scalar >> 18)); out.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
            out.append(UInt8(0x80 | (scalar >> 6) & 0x3F)); out.append(UInt8(0x80 | scalar & 0x3F))
        }
    }
}
