import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Byte → UTF-8 tables for the single-byte legacy encodings, built once from glibc's iconv.
///
/// Reading through a table keeps decoding streaming and branch-light; iconv is asked once per
/// byte value at start-up, so the tables are exactly what the system's converter says.
struct SingleByteTable: Sendable {
    /// UTF-8 bytes of each byte value; empty where the encoding defines none.
    let utf8: [[UInt8]]

    static let windows1258 = SingleByteTable(iconvName: "CP1258")
    static let tcvn3 = SingleByteTable(iconvName: "TCVN5712-1")

    init(iconvName: String) {
        var table = [[UInt8]](repeating: [], count: 256)
        for b in 0..<128 { table[b] = [UInt8(b)] }
        let cd = iconv_open("UTF-8", iconvName)
        if cd != iconv_t(bitPattern: -1) {
            defer { iconv_close(cd) }
            for b in 128..<256 {
                var input: [CChar] = [CChar(bitPattern: UInt8(b))]
                var output = [CChar](repeating: 0, count: 16)
                let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
                    output.withUnsafeMutableBufferPointer { outBuf in
                        var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                        var inLeft = 1
                        var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                        var outLeft = 16
                        // Reset the converter: TCVN5712-1 buffers a base letter to combine it.
                        iconv(cd, nil, nil, nil, nil)
                        let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                        if r == -1 && inLeft == 1 { return -1 }
                        iconv(cd, nil, nil, &outPtr, &outLeft)
                        return 16 - outLeft
                    }
                }
                if produced > 0 { table[b] = output[0..<produced].map { UInt8(bitPattern: $0) } }
            }
        }
        utf8 = table
    }
}
